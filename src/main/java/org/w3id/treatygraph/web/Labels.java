package org.w3id.treatygraph.web;

import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.treatygraph.linkeddata.ResourceDescriber;

/** Finds the human label of a resource in a description: preferred properties first, English first. */
public final class Labels {
    private final DatasetGraph description;
    private final PrefixMapping prefixes;

    public Labels(DatasetGraph description, PrefixMapping prefixes) {
        this.description = description;
        this.prefixes = prefixes;
    }

    public Optional<String> find(Node node) {
        for (Node property : ResourceDescriber.LABELS) {
            Optional<String> label = description.stream(Node.ANY, node, property, Node.ANY)
                    .map(q -> q.getObject())
                    .filter(Node::isLiteral)
                    .sorted(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en"))
                            .thenComparing(Node::getLiteralLexicalForm))
                    .map(Node::getLiteralLexicalForm)
                    .findFirst();
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** The label, or else a prefixed name, or else the IRI itself. */
    public String of(Node node) {
        return find(node).orElseGet(() -> shortForm(node));
    }

    public String shortForm(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String qname = prefixes.qnameFor(node.getURI());
        return qname != null ? qname : node.getURI();
    }
}
