package org.w3id.treatygraph.reasoning;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.treatygraph.vocab.TG;

/**
 * Derives the entailments of an asserted dataset with Jena's forward (RETE) rule engine and
 * {@link EntailmentRules}. The premises are the ontology and every asserted named graph except the shapes
 * (and the derived graphs: a previous inferred graph, the status graph); the result holds only what none of them asserts, and nothing about
 * blank nodes, which are the anonymous class expressions of the ontology. The dataset is not changed.
 */
public final class Entailments {
    private static final Set<Node> NOT_PREMISES = Set.of(TG.SHAPES_GRAPH, TG.INFERRED_GRAPH, TG.STATUS_GRAPH);

    private Entailments() {}

    public static Graph of(DatasetGraph asserted) {
        Graph premises = GraphFactory.createGraphMem();
        asserted.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph() && !NOT_PREMISES.contains(quad.getGraph())) {
                premises.add(quad.asTriple());
            }
        });
        GenericRuleReasoner reasoner = new GenericRuleReasoner(EntailmentRules.standard().rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph closure = reasoner.bind(premises);
        closure.prepare();

        Graph entailed = GraphFactory.createGraphMem();
        closure.getDeductionsGraph().find().forEachRemaining(triple -> {
            if (!mentionsBlankNode(triple) && !premises.contains(triple)) {
                entailed.add(triple);
            }
        });
        return entailed;
    }

    private static boolean mentionsBlankNode(Triple triple) {
        return triple.getSubject().isBlank() || triple.getObject().isBlank();
    }
}
