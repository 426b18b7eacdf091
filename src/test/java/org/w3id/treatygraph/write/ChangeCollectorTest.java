package org.w3id.treatygraph.write;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeCollectorTest {
    @Test
    void everyResourcePointingAtAChangedSubjectIsRevalidatedHoweverMany() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node graph = NodeFactory.createURI("https://example.org/g");
        Node hub = NodeFactory.createURI("https://example.org/treaty");
        Node points = NodeFactory.createURI("https://example.org/about");
        for (int i = 0; i < 10_001; i++) {
            dataset.add(graph, NodeFactory.createURI("https://example.org/r" + i), points, hub);
        }
        ChangeCollector changes = new ChangeCollector();
        changes.add(graph, hub, points, NodeFactory.createLiteralString("changed"));
        Set<Node> focus = changes.focusNodes(dataset);
        assertTrue(focus.contains(NodeFactory.createURI("https://example.org/r10000")), "the 10,001st referrer");
        assertTrue(focus.size() >= 10_002, "focus: " + focus.size());
    }
}
