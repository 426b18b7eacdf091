package org.w3id.treatygraph.reasoning;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * What one statement entails with a closed {@link RuleSchema}, itself included. A subject and an object that
 * are not schema terms play no part in the rules but their place, so the answer is computed once per shape
 * (predicate, and object when it is a schema term) and the statement's own nodes are put back into it.
 */
final class Consequences {
    private static final Node ANY_SUBJECT = NodeFactory.createURI("urn:x-treatygraph:any-subject");
    private static final Node ANY_OBJECT = NodeFactory.createURI("urn:x-treatygraph:any-object");
    private static final Node ANY_LITERAL = NodeFactory.createLiteralString("urn:x-treatygraph:any-literal");

    private final RuleSchema schema;
    private final Map<Triple, Set<Triple>> byShape = new ConcurrentHashMap<>();

    Consequences(RuleSchema schema) {
        this.schema = schema;
    }

    RuleSchema schema() {
        return schema;
    }

    Set<Triple> of(Triple triple) {
        Node subject = triple.getSubject();
        Node object = triple.getObject();
        if (schema.isTerm(subject) || subject.equals(object) || subject.isLiteral()) {
            return schema.closure().of(Set.of(triple));
        }
        Node shapeObject = schema.isTerm(object) ? object : object.isLiteral() ? ANY_LITERAL : ANY_OBJECT;
        Set<Triple> shape = byShape.computeIfAbsent(Triple.create(ANY_SUBJECT, triple.getPredicate(), shapeObject),
                key -> schema.closure().of(Set.of(key)));
        return shape.stream().map(t -> Triple.create(put(t.getSubject(), subject, object),
                put(t.getPredicate(), subject, object), put(t.getObject(), subject, object))).collect(Collectors.toSet());
    }

    /**
     * True when {@code triple}'s consequences reach beyond its own nodes or change the schema: it is schema,
     * mentions a blank node, is about a schema term, or entails a statement of a transitive property.
     */
    boolean reachesFar(Triple triple) {
        if (schema.isSchema(triple) || mentionsBlank(triple) || schema.isTerm(triple.getSubject())) {
            return true;
        }
        return of(triple).stream().anyMatch(c -> schema.isSchema(c) || schema.isTransitive(c.getPredicate()));
    }

    static boolean mentionsBlank(Triple triple) {
        return triple.getSubject().isBlank() || triple.getObject().isBlank();
    }

    private static Node put(Node node, Node subject, Node object) {
        if (node.equals(ANY_SUBJECT)) {
            return subject;
        }
        return node.equals(ANY_OBJECT) || node.equals(ANY_LITERAL) ? object : node;
    }
}
