package org.w3id.treatygraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.write.WriteGate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading into a real TDB2 database on disk: change detection, replacement, refusal, union default graph. */
class TreatyStoreTest {
    private static final String COUNT_ARTICLES = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            SELECT (COUNT(?a) AS ?n) WHERE {
                ?a a tg:Article ; tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> }""";

    @TempDir
    Path temp;

    @Test
    void firstStartLoadsSecondStartSkipsAndAChangedFileReloads() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Path db = temp.resolve("db");
        ProjectFiles files = ProjectFiles.at(home);

        try (TreatyStore store = TreatyStore.open(db)) {
            DataLoader.Result first = DataLoader.ensureLoaded(store, files, false);
            assertTrue(first.loaded());
            assertEquals(first.quads(), store.size());
            assertEquals(68, countArticles(store), "the default graph is the union of the named graphs");
        }
        try (TreatyStore store = TreatyStore.open(db)) {
            assertFalse(DataLoader.ensureLoaded(store, files, false).loaded(), "unchanged files are not reloaded");
            assertEquals(68, countArticles(store));
        }

        Path structure = home.resolve("data/treaty-text.trig");
        Files.writeString(structure, Files.readString(structure)
                .replace("rdfs:label \"Article 22. Jurisdiction\"@en", "rdfs:label \"Article 22. Jurisdiction of States Parties\"@en"));
        try (TreatyStore store = TreatyStore.open(db)) {
            assertTrue(DataLoader.ensureLoaded(store, files, false).loaded(), "a changed file triggers a reload");
            assertEquals(1, count(store, """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT (COUNT(*) AS ?n) WHERE { ?a rdfs:label "Article 22. Jurisdiction of States Parties"@en }"""));
            assertEquals(0, count(store, """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT (COUNT(*) AS ?n) WHERE {
                      <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/22>
                          rdfs:label "Article 22. Jurisdiction"@en }"""), "the old label is gone");
        }
    }

    @Test
    void nonConformingFilesLeaveTheStoreUntouched() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Path db = temp.resolve("db");
        try (TreatyStore store = TreatyStore.open(db)) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
        }
        long before;
        try (TreatyStore store = TreatyStore.open(db)) {
            before = store.size();
        }
        Path states = home.resolve("data/states.trig");
        Files.writeString(states, Files.readString(states).replace("tg:isoAlpha3     \"VNM\"", "tg:isoAlpha3     \"V1M\""));
        try (TreatyStore store = TreatyStore.open(db)) {
            InvalidDataException refused = assertThrows(InvalidDataException.class,
                    () -> DataLoader.ensureLoaded(store, ProjectFiles.at(home), false));
            assertTrue(refused.getMessage().contains("three upper-case letters"), refused.getMessage());
            assertEquals(before, store.size(), "nothing of the invalid files was loaded");
            assertEquals(68, countArticles(store));
        }
    }

    @Test
    void graphsWrittenThroughTheApiSurviveAReloadThatKeepsThemValid() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        ProjectFiles files = ProjectFiles.at(home);
        try (TreatyStore store = TreatyStore.open(temp.resolve("db"))) {
            DataLoader.ensureLoaded(store, files, false);
            writeCuration(store, """
                      <statement/curated> a tg:Statement ; tg:speaker <person/ghada-waly> ;
                          tg:paraphrase "A curated statement."@en ;
                          dcterms:source <source/vna-hanoi-convention-trust-responsibility> """);

            Path treaty = home.resolve("data/treaty-text.trig");
            Files.writeString(treaty, Files.readString(treaty).replace("\"Article 22. Jurisdiction\"@en", "\"Article 22. Jurisdiction.\"@en"));
            assertTrue(DataLoader.ensureLoaded(store, files, false).loaded());
            assertEquals(1, count(store, """
                    PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                    SELECT (COUNT(*) AS ?n) WHERE { ?s tg:paraphrase "A curated statement."@en }"""),
                    "the written graph is kept");

            Path vna = home.resolve("data/vna-hanoi-convention-trust-responsibility.trig");
            Files.writeString(vna, Files.readString(vna).replace("foaf:name \"Ghada Waly\" ;", ""));
            InvalidDataException refused = assertThrows(InvalidDataException.class,
                    () -> DataLoader.ensureLoaded(store, files, false));
            assertTrue(refused.getMessage().contains("person/ghada-waly"), refused.getMessage());
        }
    }

    @Test
    void filesThatConflictOnlyWithAWrittenGraphNameThatGraph() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        ProjectFiles files = ProjectFiles.at(home);
        try (TreatyStore store = TreatyStore.open(temp.resolve("db"))) {
            DataLoader.ensureLoaded(store, files, false);
            writeCuration(store, """
                      <treaty/un-cybercrime-convention> tg:chapterCount 9 """);
            Path treaty = home.resolve("data/treaty-text.trig");
            Files.writeString(treaty, Files.readString(treaty).replace("tg:chapterCount 9 ;", "tg:chapterCount 10 ;"));
            InvalidDataException refused = assertThrows(InvalidDataException.class,
                    () -> DataLoader.ensureLoaded(store, files, false));
            assertEquals(List.of(NodeFactory.createURI("https://w3id.org/treatygraph/graph/curation")),
                    refused.writtenGraphs(), "the files alone conform: the written graph is named");
        }
    }

    /** Writes {@code statements} through the write gate into a described graph/curation, as the API would. */
    private static void writeCuration(TreatyStore store, String statements) {
        DatasetGraph dataset = store.datasetGraph();
        new WriteGate(dataset, Txn.calculateRead(dataset, () -> DatasetValidator.fromShapesGraphOf(dataset)),
                store.version(), store::fileGraphs).apply("test", "curator", d -> UpdateAction.parseExecute("""
                PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                BASE <https://w3id.org/treatygraph/id/>
                INSERT DATA { GRAPH <https://w3id.org/treatygraph/graph/curation> {
                  <https://w3id.org/treatygraph/graph/curation> a tg:DataGraph ; dcterms:title "Curation"@en ;
                      prov:wasDerivedFrom <source/treatygraph-write-api> .
                """ + statements + "} }", d));
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Files.writeString(home.resolve("data/broken.trig"), "<https://w3id.org/treatygraph/graph/x> {\n  <a> <b> \n}\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> ProjectDatasetReader.read(ProjectFiles.at(home)));
        assertTrue(error.getMessage().startsWith("data/broken.trig: "), error.getMessage());
        assertTrue(error.getMessage().contains("line: 3"), error.getMessage());
    }

    @Test
    void aTripleOutsideANamedGraphIsRefused() throws IOException {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Files.writeString(home.resolve("data/default-graph.trig"),
                "<https://w3id.org/treatygraph/id/state/VNM> <http://www.w3.org/2000/01/rdf-schema#comment> \"x\" .\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> ProjectDatasetReader.read(ProjectFiles.at(home)));
        assertTrue(error.getMessage().contains("outside any named graph"), error.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ProjectFiles.at(temp));
        assertTrue(error.getMessage().contains("No ontology/ folder"), error.getMessage());
    }

    private static long countArticles(TreatyStore store) {
        return count(store, COUNT_ARTICLES);
    }

    private static long count(TreatyStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
