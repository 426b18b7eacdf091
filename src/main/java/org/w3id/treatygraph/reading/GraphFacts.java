package org.w3id.treatygraph.reading;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.linkeddata.ResourceDescriber;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * Reads single facts from the whole store for the reading views (treaty, article): values of a property,
 * English first, labels, links. Call inside a read transaction.
 */
public final class GraphFacts {
    private static final Comparator<Node> ENGLISH_FIRST = Comparator
            .comparing((Node l) -> !l.getLiteralLanguage().startsWith("en"))
            .thenComparing(Node::getLiteralLexicalForm);

    private final DatasetGraph dataset;
    private final IriRewriter rewriter;

    public GraphFacts(DatasetGraph dataset, IriRewriter rewriter) {
        this.dataset = dataset;
        this.rewriter = rewriter;
    }

    public IriRewriter rewriter() {
        return rewriter;
    }

    /** The literal value of {@code property}, English first. */
    public Optional<String> text(Node subject, Node property) {
        return literal(subject, property).map(Node::getLiteralLexicalForm);
    }

    public Optional<Node> literal(Node subject, Node property) {
        return dataset.stream(Node.ANY, subject, property, Node.ANY).map(Quad::getObject).filter(Node::isLiteral)
                .sorted(ENGLISH_FIRST).findFirst();
    }

    public Optional<Node> object(Node subject, Node property) {
        return objects(subject, property).stream().findFirst();
    }

    public List<Node> objects(Node subject, Node property) {
        return dataset.stream(Node.ANY, subject, property, Node.ANY).map(Quad::getObject).distinct().toList();
    }

    /** The resources with {@code property} pointing at {@code object}. */
    public List<Node> subjects(Node property, Node object) {
        return dataset.stream(Node.ANY, Node.ANY, property, object).map(Quad::getSubject).distinct().toList();
    }

    /** The asserted named graph that states {@code property} of {@code subject} (the first, when several do). */
    public Optional<Node> graph(Node subject, Node property) {
        return dataset.stream(Node.ANY, subject, property, Node.ANY).map(Quad::getGraph)
                .filter(g -> !g.equals(TG.INFERRED_GRAPH) && !g.equals(TG.STATUS_GRAPH)).findFirst();
    }

    /** The public IRI of the named graph that states {@code property} of {@code subject}, or null. */
    public String graphHref(Node subject, Node property) {
        return graph(subject, property).filter(Node::isURI).map(g -> rewriter.toPublic(g.getURI())).orElse(null);
    }

    public boolean has(Node subject, Node property, Node object) {
        return dataset.contains(Node.ANY, subject, property, object);
    }

    public Optional<Long> number(Node subject, Node property) {
        return literal(subject, property).flatMap(l -> {
            try {
                return Optional.of(Long.parseLong(l.getLiteralLexicalForm()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The label of a resource, or the last segment of its IRI. */
    public String label(Node node) {
        for (Node property : ResourceDescriber.LABELS) {
            Optional<String> label = text(node, property);
            if (label.isPresent()) {
                return label.get();
            }
        }
        String iri = node.isURI() ? node.getURI() : node.toString();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    public Link link(Node node) {
        return Link.of(label(node), rewriter.toPublic(node.getURI()));
    }

    /** Links to the resources, in natural order of their labels. */
    public List<Link> links(List<Node> nodes) {
        return nodes.stream().filter(Node::isURI).map(this::link)
                .sorted(Comparator.comparing(Link::text, NaturalOrder.INSTANCE)).toList();
    }
}
