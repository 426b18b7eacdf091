package org.w3id.treatygraph.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The property incremental maintenance must have: after any sequence of inserts and deletes, graph/inferred
 * equals a full recomputation. The statements are drawn at random from the curated data (deleted, then put
 * back) and made up from the ontology's vocabulary (every class and property it declares, between resources
 * of the data and the ontology's own terms), in TDB2 as on the server.
 */
class IncrementalEntailmentsTest {
    private static final int STEPS = 14;
    private static final Node SCRATCH = TG.graph("scratch");

    @ParameterizedTest
    @ValueSource(longs = {20241224L, 7L, 1918L})
    void randomWritesLeaveWhatAFullRecomputationGives(long seed) {
        Random random = new Random(seed);
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            TestProject.sourceDataset().find().forEachRemaining(dataset::add);
            Entailments.of(dataset).find().forEachRemaining(t -> dataset.add(TG.INFERRED_GRAPH, t.getSubject(),
                    t.getPredicate(), t.getObject()));
        });
        Vocabulary vocabulary = Txn.calculateRead(dataset, () -> new Vocabulary(dataset));
        IncrementalEntailments incremental = new IncrementalEntailments();
        List<Quad> written = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            List<Triple> changed = new ArrayList<>();
            Txn.executeWrite(dataset, () -> {
                for (int change = 1 + random.nextInt(3); change > 0; change--) {
                    Quad quad = random.nextInt(3) == 0 && !written.isEmpty() ? written.remove(random.nextInt(written.size()))
                            : random.nextBoolean() ? vocabulary.curated(random) : Quad.create(SCRATCH, vocabulary.madeUp(random));
                    if (dataset.contains(quad)) {
                        dataset.delete(quad);
                        written.add(quad);
                    } else {
                        dataset.add(quad);
                        written.add(quad);
                    }
                    changed.add(quad.asTriple());
                }
                incremental.update(dataset, changed);
            });
            Txn.executeRead(dataset, () -> {
                Graph expected = Entailments.of(dataset);
                Set<Triple> actual = dataset.getGraph(TG.INFERRED_GRAPH).find().toSet();
                assertEquals(expected.find().toSet(), actual, "after changing " + changed);
            });
        }
    }

    /** What the random writes are made of. */
    private static final class Vocabulary {
        private final List<Quad> curated = new ArrayList<>();
        private final List<Node> resources = new ArrayList<>();
        private final List<Node> classes = new ArrayList<>();
        private final List<Node> properties = new ArrayList<>();

        Vocabulary(DatasetGraph dataset) {
            dataset.find().forEachRemaining(quad -> {
                if (Entailments.isPremise(quad) && !quad.getGraph().equals(TG.ONTOLOGY_GRAPH) && !quad.getSubject().isBlank()
                        && !quad.getObject().isBlank()) {
                    curated.add(quad);
                    resources.add(quad.getSubject());
                }
            });
            Node owl = NodeFactory.createURI("http://www.w3.org/2002/07/owl#");
            dataset.find(TG.ONTOLOGY_GRAPH, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(quad -> {
                if (quad.getSubject().isURI()) {
                    String type = quad.getObject().getURI();
                    if (type.equals(owl.getURI() + "Class")) {
                        classes.add(quad.getSubject());
                    } else if (type.endsWith("Property")) {
                        properties.add(quad.getSubject());
                    }
                    resources.add(quad.getSubject());
                }
            });
        }

        Quad curated(Random random) {
            return curated.get(random.nextInt(curated.size()));
        }

        Triple madeUp(Random random) {
            Node subject = resources.get(random.nextInt(resources.size()));
            if (random.nextBoolean()) {
                return Triple.create(subject, RDF.type.asNode(), classes.get(random.nextInt(classes.size())));
            }
            Node object = random.nextInt(4) == 0 ? NodeFactory.createLiteralString("x")
                    : resources.get(random.nextInt(resources.size()));
            return Triple.create(subject, properties.get(random.nextInt(properties.size())), object);
        }
    }
}
