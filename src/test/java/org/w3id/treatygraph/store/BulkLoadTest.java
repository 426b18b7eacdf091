package org.w3id.treatygraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.TreatyGraphServer;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store on disk is loaded by TDB2's bulk loader into a new storage folder and switched to only when the load
 * conforms; the result is the transactional path's, and a refused load leaves the served store as it was.
 */
class BulkLoadTest {
    private static final String LABEL_22 = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label WHERE { <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/22> rdfs:label ?label }""";

    @TempDir
    Path temp;

    @Test
    void aBulkLoadStoresWhatTheTransactionalPathStores() {
        DatasetGraph transactional;
        try (TreatyStore memory = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(memory, TestProject.files(), false);
            transactional = copy(memory);
        }
        DatasetGraph bulk;
        try (TreatyStore disk = TreatyStore.open(temp.resolve("db"))) {
            DataLoader.Result result = DataLoader.ensureLoaded(disk, TestProject.files(), false);
            bulk = copy(disk);
            assertEquals(result.quads(), bulk.stream().count());
        }
        assertEquals(graphNames(transactional), graphNames(bulk));
        assertEquals(transactional.stream().count(), bulk.stream().count(), "the same number of quads, none twice");
        assertTrue(transactional.getGraph(TG.INFERRED_GRAPH).size() > 3000, "the curated data entail thousands of statements");
        for (Node name : Iter.toList(transactional.listGraphNodes())) {
            Graph expected = transactional.getGraph(name);
            Graph actual = bulk.getGraph(name);
            assertEquals(expected.size(), actual.size(), name.getURI());
            assertTrue(expected.isIsomorphicWith(actual), "the same statements in " + name.getURI());
        }
    }

    @Test
    void aRefusedLoadLeavesTheServedStoreUntouchedAndAConformingOneIsSwitchedTo() throws Exception {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Path db = temp.resolve("db");
        try (TreatyStore store = TreatyStore.open(db)) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            List<Path> storageBefore = storageFolders(db);
            long sizeBefore = store.size();
            TreatyGraphServer server = TreatyGraphServer.builder().port(0).loopback(true).store(store).build().start();
            try {
                assertTrue(query(server, LABEL_22).contains("Article 22. Jurisdiction"));

                Path treaty = home.resolve("data/treaty-text.trig");
                Files.writeString(treaty, Files.readString(treaty).replace("rdfs:label \"Article 22. Jurisdiction\"@en",
                        "rdfs:label \"Article 22. Jurisdiction of States Parties\"@en"));
                Path states = home.resolve("data/states.trig");
                String conforming = Files.readString(states);
                Files.writeString(states, conforming.replace("tg:isoAlpha3     \"VNM\"", "tg:isoAlpha3     \"V1M\""));
                InvalidDataException refused = assertThrows(InvalidDataException.class,
                        () -> DataLoader.ensureLoaded(store, ProjectFiles.at(home), false));
                assertTrue(refused.getMessage().contains("three upper-case letters"), refused.getMessage());
                assertTrue(refused.getMessage().contains("V1M"), refused.getMessage());

                assertEquals(sizeBefore, store.size(), "nothing of the refused load was stored");
                assertEquals(storageBefore, storageFolders(db), "the live storage was kept, the new one deleted");
                String served = query(server, LABEL_22);
                assertTrue(served.contains("Article 22. Jurisdiction") && !served.contains("of States Parties"), served);

                Files.writeString(states, conforming);
                assertTrue(DataLoader.ensureLoaded(store, ProjectFiles.at(home), false).loaded());
                assertTrue(query(server, LABEL_22).contains("Article 22. Jurisdiction of States Parties"),
                        "the running server answers from the new storage");
                List<Path> storageAfter = storageFolders(db);
                assertEquals(1, storageAfter.size(), "the previous storage was removed: " + storageAfter);
                assertTrue(!storageAfter.equals(storageBefore), "a new storage: " + storageAfter);
            } finally {
                server.stop();
            }
        }
        try (TreatyStore reopened = TreatyStore.open(db)) {
            assertTrue(reopened.size() > 0);
            assertTrue(Txn.calculateRead(reopened.datasetGraph(), () -> reopened.datasetGraph().getUnionGraph()
                    .find(null, null, NodeFactory.createLiteralLang(
                            "Article 22. Jurisdiction of States Parties", "en")).hasNext()),
                    "a restart opens the new storage");
        }
    }

    private static DatasetGraph copy(TreatyStore store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    private static Set<String> graphNames(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static List<Path> storageFolders(Path db) throws IOException {
        try (Stream<Path> entries = Files.list(db)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    private static String query(TreatyGraphServer server, String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
