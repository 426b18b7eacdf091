package org.w3id.treatygraph.reasoning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The schema part of the premises, closed under {@link EntailmentRules}: the statements that match a rule's
 * schema patterns, those whose predicate the rules name ({@code rdfs:subClassOf}, {@code owl:inverseOf} ...)
 * or that type a property the rules name ({@code owl:TransitiveProperty}). Data statements match the other
 * patterns, the ones with a variable predicate or class.
 */
final class RuleSchema {
    private static final List<Rule> RULES = EntailmentRules.standard().rules();
    private static final Set<Node> PREDICATES = new HashSet<>();
    private static final Set<Node> TYPES = new HashSet<>();

    static {
        for (Rule rule : RULES) {
            for (ClauseEntry clause : rule.getBody()) {
                if (clause instanceof TriplePattern pattern && pattern.getPredicate().isConcrete()) {
                    if (!pattern.getPredicate().equals(RDF.type.asNode())) {
                        PREDICATES.add(pattern.getPredicate());
                    } else if (pattern.getObject().isConcrete()) {
                        TYPES.add(pattern.getObject());
                    }
                }
            }
        }
    }

    private final Set<Triple> statements;
    private final Graph closed;
    private final Set<Node> terms = new HashSet<>();
    private final Set<Node> transitive = new HashSet<>();
    private final RuleClosure closure;

    private RuleSchema(Set<Triple> statements) {
        this.statements = statements;
        Graph asserted = GraphFactory.createGraphMem();
        statements.forEach(asserted::add);
        GenericRuleReasoner reasoner = new GenericRuleReasoner(RULES);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(asserted);
        inf.prepare();
        this.closed = GraphFactory.createGraphMem();
        inf.find().forEachRemaining(t -> {
            closed.add(t);
            terms.add(t.getSubject());
            terms.add(t.getPredicate());
            terms.add(t.getObject());
            if (t.getPredicate().equals(RDF.type.asNode()) && TYPES.contains(t.getObject())) {
                transitive.add(t.getSubject());
            }
        });
        this.closure = new RuleClosure(RULES, closed);
    }

    /** The schema of {@code premises}; {@code previous} when it has not changed. */
    static RuleSchema of(Graph premises, RuleSchema previous) {
        Set<Triple> statements = new HashSet<>();
        PREDICATES.forEach(p -> premises.find(Node.ANY, p, Node.ANY).forEachRemaining(statements::add));
        TYPES.forEach(type -> premises.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(statements::add));
        return previous != null && previous.statements.equals(statements) ? previous : new RuleSchema(statements);
    }

    /** True for a statement a schema pattern matches: changing it changes what every data statement entails. */
    boolean isSchema(Triple triple) {
        return PREDICATES.contains(triple.getPredicate())
                || triple.getPredicate().equals(RDF.type.asNode()) && TYPES.contains(triple.getObject());
    }

    /** True for a node the closed schema mentions (a class, a property, a value a restriction names). */
    boolean isTerm(Node node) {
        return terms.contains(node);
    }

    boolean isTransitive(Node property) {
        return transitive.contains(property);
    }

    /** The properties the transitivity rule chains (typed {@code owl:TransitiveProperty}). */
    Set<Node> transitiveProperties() {
        return transitive;
    }

    RuleClosure closure() {
        return closure;
    }
}
