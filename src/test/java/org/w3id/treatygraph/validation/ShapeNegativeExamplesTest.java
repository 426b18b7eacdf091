package org.w3id.treatygraph.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

/**
 * Each file in {@code src/test/resources/shapes-negative/} is a SPARQL Update that breaks the curated
 * dataset in one way. Its header names the shape that must catch it, the focus node and a fragment of the
 * expected message. Every node shape of the project must have at least one such example.
 */
class ShapeNegativeExamplesTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/shapes-negative");
    private static final Node SH_NODE_SHAPE = NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape");
    private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

    record Example(Path file, String shape, String focus, String message, String update) {
        static Example read(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return new Example(file, header(text, "shape").replace("tgsh:", TG.SHAPES_NS),
                        header(text, "focus"), header(text, "message"), text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String header(String text, String key) {
            return text.lines().filter(l -> l.startsWith("# " + key + ": ")).findFirst()
                    .map(l -> l.substring(key.length() + 4).strip())
                    .orElseThrow(() -> new IllegalStateException("no '# " + key + ":' header"));
        }

        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static Stream<Example> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".ru")).sorted().map(Example::read).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void brokenExampleIsRejectedByItsShapeWithTheExpectedMessage(Example example) {
        DatasetGraph broken = TestProject.copyOfSource();
        UpdateAction.parseExecute(example.update(), broken);
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(broken).validate(broken);
        assertFalse(outcome.conforms(), example + " was not rejected");

        Set<Node> shapeParts = shapeAndItsPropertyShapes(NodeFactory.createURI(example.shape()));
        Node focus = NodeFactory.createURI(example.focus());
        List<ReportEntry> matching = outcome.entries().stream()
                .filter(e -> e.focusNode().equals(focus))
                .filter(e -> shapeParts.contains(e.source()))
                .filter(e -> e.message().contains(example.message()))
                .toList();
        assertTrue(!matching.isEmpty(), () -> example + ": expected a violation of " + example.shape() + " on "
                + example.focus() + " with a message containing '" + example.message() + "', got:\n"
                + outcome.summary());
    }

    @Test
    void everyNodeShapeHasANegativeExample() throws IOException {
        Set<String> covered = examples().map(Example::shape).collect(Collectors.toSet());
        Set<String> uncovered = new TreeSet<>();
        shapesGraph().find(Node.ANY, RDF.type.asNode(), SH_NODE_SHAPE)
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI() && !covered.contains(t.getSubject().getURI())) {
                        uncovered.add(t.getSubject().getURI());
                    }
                });
        assertTrue(uncovered.isEmpty(), "node shapes without a negative example: " + uncovered);
    }

    private static Set<Node> shapeAndItsPropertyShapes(Node shape) {
        Set<Node> parts = new HashSet<>();
        parts.add(shape);
        shapesGraph().find(shape, SH_PROPERTY, Node.ANY).forEachRemaining(t -> parts.add(t.getObject()));
        return parts;
    }

    private static Graph shapesGraph() {
        return TestProject.sourceDataset().getGraph(TG.SHAPES_GRAPH);
    }
}
