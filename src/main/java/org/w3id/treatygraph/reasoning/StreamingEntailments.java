package org.w3id.treatygraph.reasoning;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Derives the entailments of a load as its statements stream past, in time linear in the data: each data
 * statement's {@link Consequences} (computed once per shape) are handed on at once; the few statements whose
 * consequences reach beyond their own nodes (the ontology, transitive chains such as part-of and broader,
 * statements about schema terms) are kept and closed with Jena's RETE engine at the end, which they alone
 * feed. Consequences about blank nodes are left out, as in {@link Entailments#of}; what a premise asserts
 * itself must be dropped by the caller (a later file may assert it).
 *
 * <p>The schema is the ontology's. A data statement that changes the schema makes {@link #finish} answer
 * false: the caller must then derive everything with {@link Entailments#refresh}.
 */
public final class StreamingEntailments {
    private final Consequences consequences;
    private final Graph entangled = GraphFactory.createGraphMem();
    private boolean schemaInData;

    /** @param ontology the ontology graph: its schema, and statements that are premises too */
    public StreamingEntailments(Graph ontology) {
        this.consequences = new Consequences(RuleSchema.of(ontology, null));
        ontology.find().forEachRemaining(entangled::add);
    }

    /** One premise statement (from a data graph); its consequences go to {@code inferred} now or at {@link #finish}. */
    public void accept(Triple triple, Consumer<Triple> inferred) {
        if (consequences.schema().isSchema(triple)) {
            schemaInData = true;
        } else if (consequences.reachesFar(triple)) {
            entangled.add(triple);
        } else {
            consequences.of(triple).forEach(c -> {
                if (!c.equals(triple) && !Consequences.mentionsBlank(c)) {
                    inferred.accept(c);
                }
            });
        }
    }

    /** Hands on what the kept statements entail; false when the data changed the schema (nothing is handed on). */
    public boolean finish(Consumer<Triple> inferred) {
        if (schemaInData) {
            return false;
        }
        GenericRuleReasoner reasoner = new GenericRuleReasoner(EntailmentRules.standard().rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph closure = reasoner.bind(entangled);
        closure.prepare();
        closure.getDeductionsGraph().find().forEachRemaining(t -> {
            if (!Consequences.mentionsBlank(t)) {
                inferred.accept(t);
            }
        });
        return true;
    }

    /** The number of statements kept for the closure at the end (the ontology's included). */
    public long entangledSize() {
        return entangled.size();
    }
}
