package org.w3id.treatygraph.reasoning;

import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.w3id.treatygraph.TestProject;

/**
 * Prints how long recomputing the inferred graph takes on the curated dataset, before and after a small
 * write (one new signature). Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.w3id.treatygraph.reasoning.InferenceTiming}
 * after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}.
 */
public final class InferenceTiming {
    private static final int WARM_UP = 20;
    private static final int RUNS = 31;
    private static final String SMALL_WRITE = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            INSERT DATA { GRAPH <https://w3id.org/treatygraph/graph/signatures-reported> {
              <https://w3id.org/treatygraph/id/action/un-cybercrime-convention/signature/NZL> a tg:Signature ;
                tg:party <https://w3id.org/treatygraph/id/state/NZL> ;
                tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> ;
                dcterms:date "2025-12-01"^^xsd:date } }""";

    private InferenceTiming() {}

    public static void main(String[] args) {
        DatasetGraph dataset = TestProject.copyOfSource();
        long asserted = dataset.stream().count();
        Graph before = measure("full recomputation", dataset);
        UpdateAction.parseExecute(SMALL_WRITE, dataset);
        Graph after = measure("recomputation after one new signature", dataset);
        System.out.printf("asserted quads: %d; inferred triples: %d before the write, %d after%n",
                asserted, before.size(), after.size());
    }

    private static Graph measure(String what, DatasetGraph dataset) {
        Graph result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = Entailments.of(dataset);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = Entailments.of(dataset);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms, min %d ms, max %d ms over %d runs (after %d warm-up runs)%n",
                what, millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS, WARM_UP);
        return result;
    }
}
