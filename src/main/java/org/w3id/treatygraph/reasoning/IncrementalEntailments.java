package org.w3id.treatygraph.reasoning;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.vocab.TG;

/**
 * Keeps graph/inferred equal to {@link Entailments#of} after a small change, deriving again only what concerns
 * the nodes the change reaches. It relies on the shape of {@link EntailmentRules}: with the schema fixed
 * ({@link RuleSchema}), every rule but transitivity reads one data statement, so what a statement entails
 * ({@link Consequences}) mentions only its own subject and object and schema terms, and the entailments
 * about a data node follow from the statements that mention it (and the closed transitive edges, which such
 * a change leaves alone). For every node a change's consequences are about, those entailments are derived
 * again from the store and replace the stored ones: new support and lost support both show.
 *
 * <p>A change that alters the schema, involves a transitive property (its chains reach beyond the touched
 * nodes), mentions a blank node, or retracts what a schema term was entailed to be (whose support may lie
 * anywhere) is recomputed in full instead.
 */
public final class IncrementalEntailments {
    private RuleSchema schema;
    private Consequences consequences;

    /** Inside a write transaction, after {@code changed} (added or removed statements) were applied: the nodes whose entailments changed. */
    public synchronized Set<Node> update(DatasetGraph dataset, Collection<Triple> changed) {
        Graph premises = Entailments.premises(dataset);
        RuleSchema current = RuleSchema.of(premises, schema);
        if (current != schema) {
            schema = current;
            consequences = new Consequences(current);
        }
        Set<Node> affected = new LinkedHashSet<>();
        for (Triple triple : changed) {
            if (schema.isSchema(triple) || mentionsBlank(triple)) {
                return Entailments.refresh(dataset);
            }
            for (Triple consequence : consequences.of(triple)) {
                if (schema.isSchema(consequence) || schema.isTransitive(consequence.getPredicate())) {
                    return Entailments.refresh(dataset);
                }
                if (schema.isTerm(consequence.getSubject()) && !premises.contains(triple)
                        && !premises.contains(consequence) && !mentionsBlank(consequence)) {
                    return Entailments.refresh(dataset);
                }
                affected.add(consequence.getSubject());
            }
        }
        Graph inferred = dataset.getGraph(TG.INFERRED_GRAPH);
        Set<Node> touched = new HashSet<>();
        for (Node node : affected) {
            Set<Triple> stored = inferred.find(node, Node.ANY, Node.ANY).toSet();
            Set<Triple> fresh = schema.isTerm(node) ? added(node, stored, changed, premises) : derived(node, premises, inferred);
            fresh.removeIf(t -> mentionsBlank(t) || premises.contains(t));
            stored.stream().filter(t -> !fresh.contains(t)).forEach(t -> {
                inferred.delete(t);
                Entailments.touch(touched, t);
            });
            fresh.stream().filter(t -> !stored.contains(t)).forEach(t -> {
                inferred.add(t);
                Entailments.touch(touched, t);
            });
        }
        return touched;
    }

    /** A schema term keeps what it was entailed to be (a retraction went the full way) and gains what the additions entail. */
    private Set<Triple> added(Node term, Set<Triple> stored, Collection<Triple> changed, Graph premises) {
        Set<Triple> fresh = new HashSet<>(stored);
        changed.stream().filter(premises::contains).flatMap(t -> consequences.of(t).stream())
                .filter(t -> t.getSubject().equals(term)).forEach(fresh::add);
        return fresh;
    }

    /** Everything entailed about a data node: from the statements that mention it and its transitive edges. */
    private Set<Triple> derived(Node node, Graph premises, Graph inferred) {
        Set<Triple> sources = new HashSet<>();
        premises.find(node, Node.ANY, Node.ANY).forEachRemaining(sources::add);
        premises.find(Node.ANY, Node.ANY, node).forEachRemaining(sources::add);
        for (Node property : schema.transitiveProperties()) {
            inferred.find(node, property, Node.ANY).forEachRemaining(sources::add);
            inferred.find(Node.ANY, property, node).forEachRemaining(sources::add);
        }
        return sources.stream().flatMap(t -> consequences.of(t).stream())
                .filter(t -> t.getSubject().equals(node)).collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean mentionsBlank(Triple triple) {
        return Consequences.mentionsBlank(triple);
    }
}
