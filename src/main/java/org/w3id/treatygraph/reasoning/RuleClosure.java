package org.w3id.treatygraph.reasoning;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;

/**
 * Semi-naive forward evaluation of the entailment rules from a few triples over a closed schema: what a
 * handful of statements entail beside a schema that is already closed under the rules, without Jena's RETE
 * network (whose set-up over the ontology costs more than a small write may). Each new fact is matched
 * against every body pattern of every rule, and the rest of that body is joined against the schema and the
 * facts derived so far. The only built-ins are the rule set's filters {@code notEqual} and {@code notLiteral}.
 */
final class RuleClosure {
    private final List<Rule> rules;
    private final Graph schema;

    /** @param schema closed under {@code rules}; not changed */
    RuleClosure(List<Rule> rules, Graph schema) {
        for (Rule rule : rules) {
            for (ClauseEntry clause : rule.getBody()) {
                if (clause instanceof Functor f && !f.getName().equals("notEqual") && !f.getName().equals("notLiteral")) {
                    throw new IllegalArgumentException("Rule " + rule.getName() + " uses the built-in " + f.getName()
                            + ", which incremental maintenance does not evaluate");
                }
            }
        }
        this.rules = rules;
        this.schema = schema;
    }

    /** The triples that follow from {@code start} and the schema, {@code start} included, the schema's own excluded. */
    Set<Triple> of(Set<Triple> start) {
        Set<Triple> derived = new HashSet<>();
        Deque<Triple> agenda = new ArrayDeque<>();
        for (Triple triple : start) {
            if (!schema.contains(triple) && derived.add(triple)) {
                agenda.add(triple);
            }
        }
        while (!agenda.isEmpty()) {
            Triple fact = agenda.poll();
            for (Rule rule : rules) {
                ClauseEntry[] body = rule.getBody();
                for (int i = 0; i < body.length; i++) {
                    if (body[i] instanceof TriplePattern pattern) {
                        Node[] env = new Node[rule.getNumVars()];
                        if (match(pattern, fact, env)) {
                            join(rule, body, i, 0, env, derived, head -> {
                                if (!schema.contains(head) && derived.add(head)) {
                                    agenda.add(head);
                                }
                            });
                        }
                    }
                }
            }
        }
        return derived;
    }

    /** Joins body clause {@code at} onwards (skipping {@code matched}) and hands every head instance to {@code out}. */
    private void join(Rule rule, ClauseEntry[] body, int matched, int at, Node[] env, Set<Triple> derived,
                      Consumer<Triple> out) {
        if (at == body.length) {
            for (ClauseEntry head : rule.getHead()) {
                TriplePattern h = (TriplePattern) head;
                out.accept(Triple.create(value(h.getSubject(), env), value(h.getPredicate(), env), value(h.getObject(), env)));
            }
            return;
        }
        if (at == matched) {
            join(rule, body, matched, at + 1, env, derived, out);
        } else if (body[at] instanceof Functor filter) {
            if (holds(filter, env)) {
                join(rule, body, matched, at + 1, env, derived, out);
            }
        } else {
            TriplePattern pattern = (TriplePattern) body[at];
            Triple query = Triple.create(bound(pattern.getSubject(), env), bound(pattern.getPredicate(), env),
                    bound(pattern.getObject(), env));
            for (Triple candidate : candidates(query, derived)) {
                Node[] next = env.clone();
                if (match(pattern, candidate, next)) {
                    join(rule, body, matched, at + 1, next, derived, out);
                }
            }
        }
    }

    private List<Triple> candidates(Triple query, Set<Triple> derived) {
        List<Triple> found = schema.find(query).toList();
        derived.stream().filter(query::matches).forEach(found::add);
        return found;
    }

    private static boolean holds(Functor filter, Node[] env) {
        Node[] args = filter.getArgs();
        return switch (filter.getName()) {
            case "notEqual" -> !value(args[0], env).sameValueAs(value(args[1], env));
            case "notLiteral" -> !value(args[0], env).isLiteral();
            default -> throw new IllegalStateException(filter.getName());
        };
    }

    private static boolean match(TriplePattern pattern, Triple fact, Node[] env) {
        return bind(pattern.getSubject(), fact.getSubject(), env) && bind(pattern.getPredicate(), fact.getPredicate(), env)
                && bind(pattern.getObject(), fact.getObject(), env);
    }

    private static boolean bind(Node term, Node value, Node[] env) {
        if (term instanceof Node_RuleVariable variable) {
            if (variable.getIndex() < 0) {
                return true;
            }
            Node current = env[variable.getIndex()];
            if (current == null) {
                env[variable.getIndex()] = value;
                return true;
            }
            return current.equals(value);
        }
        return term.equals(value);
    }

    private static Node bound(Node term, Node[] env) {
        if (term instanceof Node_RuleVariable variable) {
            Node value = variable.getIndex() < 0 ? null : env[variable.getIndex()];
            return value == null ? Node.ANY : value;
        }
        return term;
    }

    private static Node value(Node term, Node[] env) {
        return term instanceof Node_RuleVariable variable ? env[variable.getIndex()] : term;
    }
}
