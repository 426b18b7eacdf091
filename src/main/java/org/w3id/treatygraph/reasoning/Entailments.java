package org.w3id.treatygraph.reasoning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
            if (isPremise(quad)) {
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

    /**
     * Replaces graph/inferred of {@code dataset} with {@link #of} it, changing only what differs; inside a write
     * transaction. Returns the nodes whose entailments changed.
     */
    public static Set<Node> refresh(DatasetGraph dataset) {
        Graph inferred = of(dataset);
        Graph current = dataset.getGraph(TG.INFERRED_GRAPH);
        List<Triple> removed = current.find().filterDrop(inferred::contains).toList();
        List<Triple> added = inferred.find().filterDrop(current::contains).toList();
        Set<Node> touched = new HashSet<>();
        removed.forEach(t -> {
            current.delete(t);
            touch(touched, t);
        });
        added.forEach(t -> {
            current.add(t);
            touch(touched, t);
        });
        return touched;
    }

    /** A live view of the premises of {@code dataset}: the union of its named graphs that are not derived (nor the shapes). */
    public static Graph premises(DatasetGraph dataset) {
        return new PremiseGraph(dataset, Entailments::isPremise);
    }

    /**
     * A live view of what {@code dataset} asserts: the union of its named graphs but the derived ones (the
     * entailments, the status); what the shapes validate.
     */
    public static Graph asserted(DatasetGraph dataset) {
        return new PremiseGraph(dataset, quad -> !quad.isDefaultGraph() && !isDerived(quad.getGraph()));
    }

    /** True for the graphs the server derives: the entailments and the status. */
    public static boolean isDerived(Node graph) {
        return graph.equals(TG.INFERRED_GRAPH) || graph.equals(TG.STATUS_GRAPH);
    }

    static boolean isPremise(Quad quad) {
        return !quad.isDefaultGraph() && !NOT_PREMISES.contains(quad.getGraph());
    }

    /** Adds the subject and a resource object of {@code triple}: the nodes the shapes must look at again. */
    static void touch(Set<Node> nodes, Triple triple) {
        nodes.add(triple.getSubject());
        if (!triple.getObject().isLiteral()) {
            nodes.add(triple.getObject());
        }
    }

    private static boolean mentionsBlankNode(Triple triple) {
        return triple.getSubject().isBlank() || triple.getObject().isBlank();
    }
}
