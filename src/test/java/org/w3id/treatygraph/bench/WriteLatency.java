package org.w3id.treatygraph.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

/**
 * The write part: one client sends authorised one-statement SPARQL Updates to {@code /update} back to back,
 * each adding a note ({@code rdfs:comment}) about another resource, to a graph of its own that a first,
 * untimed write describes as the write API asks. The resources are implementation records where the store has
 * them (the synthetic data), obligations otherwise (the curated data): leaves of the graph, as a curator's edit
 * usually is. Every write is validated, logged and entailed by the server before it answers 200; any other
 * answer counts as an error.
 */
final class WriteLatency {
    private static final String PREFIXES = TestProject.WRITE_PREFIXES;

    private WriteLatency() {}

    /** What the run measured, and the kind of resource written about. */
    record Result(LoadResult latencies, String subjects) {}

    static Result run(String base, DatasetGraph dataset, int writes) {
        URI update = URI.create(base + "/update");
        List<Node> subjects = subjects(dataset, TG.term("ImplementationRecord"), writes);
        String kind = "implementation records";
        if (subjects.isEmpty()) {
            subjects = subjects(dataset, TG.term("Obligation"), writes);
            kind = "obligations";
        }
        send(update, PREFIXES + """
                INSERT DATA { GRAPH tgg:bench-writes { tgg:bench-writes a tg:DataGraph ;
                    dcterms:title "Notes written by the write benchmark"@en ;
                    prov:wasDerivedFrom <source/treatygraph-write-api> } }""");
        long[] latencies = new long[writes];
        long errors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            Node subject = subjects.get(i % subjects.size());
            long sent = System.nanoTime();
            int status = send(update, PREFIXES + "INSERT DATA { GRAPH tgg:bench-writes { <" + subject.getURI()
                    + "> rdfs:comment \"benchmark note " + i + "\" } }");
            latencies[i] = System.nanoTime() - sent;
            if (status != 200) {
                errors++;
            }
        }
        return new Result(LoadResult.of(latencies, errors, (System.nanoTime() - started) / 1e9), kind);
    }

    private static List<Node> subjects(DatasetGraph dataset, Node type, int limit) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> found = new ArrayList<>();
            var quads = dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), type);
            while (quads.hasNext() && found.size() < limit) {
                Node subject = quads.next().getSubject();
                if (subject.isURI() && !found.contains(subject)) {
                    found.add(subject);
                }
            }
            return found;
        });
    }

    private static int send(URI update, String body) {
        HttpRequest request = HttpRequest.newBuilder(update).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + SoakWriter.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpLoad.send(request);
        return response.statusCode();
    }
}
