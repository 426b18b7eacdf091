package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.linkeddata.ResourceDescriber;
import org.w3id.treatygraph.reading.NaturalOrder;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * What the HTML page of a resource shows: its label and types first, then its properties with human
 * labels and linked values, the resources that point at it, and for every statement the source it comes
 * from. Built from a description (see {@link ResourceDescriber}); the template only lays it out.
 */
public final class ResourcePage {
    private static final Node CONFIDENCE =
            org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/treatygraph/ontology#confidence");
    private static final Node UNVERIFIED =
            org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/treatygraph/ontology#Unverified");

    /** Lists longer than this are collapsed behind their count. */
    static final int COLLAPSE_AFTER = 12;

    /** One property and its values. */
    public record Row(Link property, List<Value> values) {
        public int count() {
            return values.size();
        }

        public boolean collapsed() {
            return values.size() > COLLAPSE_AFTER;
        }
    }

    /** One value: a link to a resource or a literal with its language or datatype, and its sources. */
    public record Value(String text, String href, String note, List<Link> sources) {}

    public final String title;
    public final String iri;
    public final List<Link> types;
    public final List<Row> properties;
    public final List<Row> incoming;
    public final List<Link> sources;
    public final List<Link> alternates;
    public final List<Link> context;
    /** True when the resource's facts are marked tg:Unverified: the page says so above everything else. */
    public final boolean unverified;

    private ResourcePage(String title, String iri, List<Link> types, List<Row> properties, List<Row> incoming,
                         List<Link> sources, List<Link> alternates, List<Link> context, boolean unverified) {
        this.title = title;
        this.iri = iri;
        this.types = types;
        this.properties = properties;
        this.incoming = incoming;
        this.sources = sources;
        this.alternates = alternates;
        this.context = context;
        this.unverified = unverified;
    }

    public boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    public boolean hasContext() {
        return !context.isEmpty();
    }

    /**
     * @param graphNames how to name a source graph (its source's title), for the source notes
     * @param context extra navigation for the resource (an article's chapter and neighbours)
     */
    public static ResourcePage build(Node subject, DatasetGraph description, IriRewriter rewriter,
                                     Labels labels, Function<Node, Link> graphNames,
                                     List<Link> alternates, List<Link> context) {
        List<Link> types = description.stream(Node.ANY, subject, RDF.type.asNode(), Node.ANY)
                .map(Quad::getObject).distinct()
                .map(t -> Link.of(labels.of(t), rewriter.toPublic(t.getURI())))
                .toList();
        List<Row> properties = rows(description.stream(Node.ANY, subject, Node.ANY, Node.ANY)
                .filter(q -> !q.getPredicate().equals(RDF.type.asNode())).toList(),
                Quad::getObject, rewriter, labels, graphNames, false);
        List<Row> incoming = rows(description.stream(Node.ANY, Node.ANY, Node.ANY, subject).toList(),
                Quad::getSubject, rewriter, labels, graphNames, true);
        List<Link> sources = description.stream(Node.ANY, subject, Node.ANY, Node.ANY)
                .map(Quad::getGraph).distinct().map(graphNames).toList();
        boolean unverified = description.contains(Node.ANY, subject, CONFIDENCE, UNVERIFIED);
        return new ResourcePage(labels.of(subject), rewriter.toPublic(subject.getURI()), types, properties, incoming,
                sources, alternates, context, unverified);
    }

    /**
     * Groups statements by property; {@code value} picks the node shown (object, or subject for incoming,
     * whose property is named as the inverse: "is chapter of"). Values and rows are in natural order.
     */
    private static List<Row> rows(List<Quad> quads, Function<Quad, Node> value, IriRewriter rewriter, Labels labels,
                                  Function<Node, Link> graphNames, boolean inverse) {
        Map<Node, Map<Node, List<Link>>> byProperty = new LinkedHashMap<>();
        for (Quad quad : quads) {
            byProperty.computeIfAbsent(quad.getPredicate(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(value.apply(quad), v -> new ArrayList<>())
                    .add(graphNames.apply(quad.getGraph()));
        }
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((property, values) -> {
            List<Value> shown = values.entrySet().stream()
                    .map(e -> value(e.getKey(), e.getValue(), rewriter, labels))
                    .sorted(Comparator.comparing(Value::text, NaturalOrder.INSTANCE))
                    .toList();
            String name = labels.of(property);
            rows.add(new Row(inverse ? new Link(inverseName(name), rewriter.toPublic(property.getURI()),
                    "The resources listed have " + name + " this resource")
                    : Link.of(name, rewriter.toPublic(property.getURI())), shown));
        });
        rows.sort(Comparator.comparing((Row r) -> labelRank(r, rewriter))
                .thenComparing(r -> r.property().text(), NaturalOrder.INSTANCE));
        return rows;
    }

    /**
     * The name of a property read backwards, for the resources that point at this one: "has part" for
     * "is part of", "is part of" for "has part", "what is established by this" for "established by", "what cites this" for "cites", and
     * "is “chapter” of" for a noun.
     */
    static String inverseName(String label) {
        // An unlabelled property shows as a prefixed name: eli:is_part_of reads "is part of".
        String name = label.matches("[\\w-]+:[\\w-]+") ? label.substring(label.indexOf(':') + 1).replace('_', ' ') : label;
        if (name.startsWith("has ") && name.length() > 4) {
            return "is " + name.substring(4) + " of";
        }
        if (name.startsWith("is ") && name.endsWith(" of") && name.length() > 6) {
            return "has " + name.substring(3, name.length() - 3);
        }
        if (name.endsWith(" by")) {
            return "what is " + name + " this";
        }
        if (name.matches("[a-z]+s( [a-z]+)?")) {
            return "what " + name + " this";
        }
        return "is \u201c" + name + "\u201d of";
    }

    private static int labelRank(Row row, IriRewriter rewriter) {
        for (int i = 0; i < ResourceDescriber.LABELS.size(); i++) {
            if (rewriter.toPublic(ResourceDescriber.LABELS.get(i).getURI()).equals(row.property().href())) {
                return i;
            }
        }
        return ResourceDescriber.LABELS.size();
    }

    private static Value value(Node node, List<Link> sources, IriRewriter rewriter, Labels labels) {
        List<Link> distinctSources = sources.stream().distinct().toList();
        if (node.isURI()) {
            return new Value(labels.of(node), rewriter.toPublic(node.getURI()), null, distinctSources);
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            String note = !language.isEmpty() ? language
                    : node.getLiteralDatatypeURI().endsWith("#string") ? null
                    : labels.shortForm(org.apache.jena.graph.NodeFactory.createURI(node.getLiteralDatatypeURI()));
            return new Value(node.getLiteralLexicalForm(), null, note, distinctSources);
        }
        return new Value(node.toString(), null, null, distinctSources);
    }
}
