package org.w3id.treatygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.treatygraph.vocab.TG;

/**
 * EXISTS and NOT EXISTS answered once per distinct binding give the answers Jena gives evaluating them row by row,
 * over the same quads: in BIND and FILTER, with variables the rows repeat, inside GRAPH (where the pattern is
 * matched in the graph visited), and with an unstable function that must not be memoized.
 */
class ExistsRewriteTest {
    private static final String PREFIXES = "PREFIX tg: <" + TG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> ";

    private static void data(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> {
            for (int g = 0; g < 4; g++) {
                Node graph = TG.graph("g" + g);
                if (g % 2 == 0) {
                    dataset.add(Quad.create(graph, graph, RDF.type.asNode(), TG.term("InferredGraph")));
                }
                for (int i = 0; i < 30; i++) {
                    Node thing = TG.id("thing/" + (i % 10));
                    dataset.add(Quad.create(graph, thing, RDFS.label.asNode(), NodeFactory.createLiteralString("thing " + i)));
                    if (g < 2 && i < 10 && i % 3 == g) {
                        dataset.add(Quad.create(graph, thing, RDF.type.asNode(), TG.term("Marked")));
                    }
                }
            }
        });
    }

    private static List<String> answers(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecutionFactory.create(QueryFactory.create(PREFIXES + query), dataset)) {
                ResultSet rows = execution.execSelect();
                List<String> lines = new ArrayList<>();
                rows.forEachRemaining(row -> lines.add(row.toString()));
                Collections.sort(lines);
                return lines;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?kind (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } BIND(IF(EXISTS { ?g a tg:InferredGraph }, 'inferred', 'asserted') AS ?kind) } GROUP BY ?kind",
        "SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s rdfs:label ?l } FILTER NOT EXISTS { ?s a tg:Marked } } GROUP BY ?s",
        "SELECT ?g ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER EXISTS { ?s a tg:Marked } } } GROUP BY ?g ?s",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER NOT EXISTS { ?s a tg:Marked } } } GROUP BY ?g",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l FILTER EXISTS { ?s a ?type FILTER (RAND() < 2) } }"
    })
    void sameAnswersAsRowByRow(String query) {
        Dataset reference = TDB2Factory.createDataset();
        reference.getContext().set(TDB2.symUnionDefaultGraph, true);
        data(reference.asDatasetGraph());
        try (TreatyStore store = TreatyStore.inMemory()) {
            data(store.datasetGraph());
            List<String> expected = answers(reference, query);
            assertTrue(!expected.isEmpty());
            assertEquals(expected, answers(store.dataset(), query));
        }
    }

    @Test
    void everyExistsIsMemoized() {
        Op op = ExistsRewrite.rewrite(Algebra.compile(QueryFactory.create(PREFIXES
                + "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s a tg:Marked } FILTER NOT EXISTS { ?o a tg:Marked } }")));
        List<ExprFunctionOp> found = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                found.add(function);
            }
        });
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(MemoizedExists.class::isInstance), found.toString());
    }
}
