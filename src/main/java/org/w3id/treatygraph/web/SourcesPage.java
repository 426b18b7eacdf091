package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.NaturalOrder;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The sources page: every named graph with its title, the sources it is derived from (publisher, date,
 * whether authoritative), its size in triples and how many of its facts are verified, likely or unverified.
 */
public final class SourcesPage {
    private static final String COUNTS = """
            SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""";
    private static final String CONFIDENCE = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            SELECT ?g ?c (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s tg:confidence ?c } } GROUP BY ?g ?c""";
    /** The order and style of the confidence levels. */
    private static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("Verified", "optional");
        LEVELS.put("Likely", "consider");
        LEVELS.put("Unverified", "mandatory");
    }

    /** How many facts of a graph have one confidence. */
    public record Confidence(String level, String style, long count) {}

    /** A source a graph is derived from. */
    public record Source(String title, String href, String publisher, String publisherHref, String issued,
                         String url, boolean authoritative) {}

    /** One named graph. */
    public record Graph(String name, String title, String href, List<Source> sources, long triples,
                        List<Confidence> confidence, boolean derived) {}

    public final String title = "Sources and named graphs";
    public final List<Graph> graphs;
    public final long triples;

    private SourcesPage(List<Graph> graphs) {
        this.graphs = graphs;
        this.triples = graphs.stream().mapToLong(Graph::triples).sum();
    }

    public int graphCount() {
        return graphs.size();
    }

    public static SourcesPage build(DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, rewriter);
            Map<Node, Long> counts = new HashMap<>();
            Map<Node, Map<String, Long>> confidence = new HashMap<>();
            select(dataset, COUNTS, row -> counts.put(row.get("g").asNode(), row.getLiteral("n").getLong()));
            select(dataset, CONFIDENCE, row -> confidence.computeIfAbsent(row.get("g").asNode(), g -> new HashMap<>())
                    .put(row.get("c").asNode().getURI().substring(TG.NS.length()), row.getLiteral("n").getLong()));
            List<Graph> graphs = new ArrayList<>();
            counts.forEach((graph, size) -> graphs.add(graph(graph, size,
                    confidence.getOrDefault(graph, Map.of()), facts)));
            graphs.sort(Comparator.comparing(Graph::derived).thenComparing(Graph::name, NaturalOrder.INSTANCE));
            return new SourcesPage(graphs);
        });
    }

    private static Graph graph(Node graph, long size, Map<String, Long> confidence, GraphFacts facts) {
        String iri = graph.getURI();
        List<Source> sources = facts.objects(graph, Vocab.PROV_WAS_DERIVED_FROM).stream().filter(Node::isURI)
                .map(s -> source(s, facts)).sorted(Comparator.comparing(Source::title)).toList();
        List<Confidence> levels = LEVELS.entrySet().stream().filter(e -> confidence.containsKey(e.getKey()))
                .map(e -> new Confidence(e.getKey().toLowerCase(), e.getValue(), confidence.get(e.getKey()))).toList();
        boolean derived = facts.has(graph, org.apache.jena.vocabulary.RDF.type.asNode(), TG.term("InferredGraph"));
        return new Graph(iri.startsWith(TG.GRAPH) ? iri.substring(TG.GRAPH.length()) : iri,
                facts.text(graph, DCTerms.title.asNode()).orElse(null), facts.rewriter().toPublic(iri), sources, size,
                levels, derived);
    }

    private static Source source(Node source, GraphFacts facts) {
        Link publisher = facts.object(source, DCTerms.publisher.asNode()).filter(Node::isURI).map(facts::link).orElse(null);
        return new Source(facts.label(source), facts.rewriter().toPublic(source.getURI()),
                publisher == null ? null : publisher.text(), publisher == null ? null : publisher.href(),
                facts.text(source, DCTerms.issued.asNode()).orElse(null),
                facts.text(source, NodeFactory.createURI(TG.NS + "url")).orElse(null),
                facts.text(source, TG.term("authoritative")).map("true"::equals).orElse(false));
    }

    private static void select(DatasetGraph dataset, String query, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            execution.execSelect().forEachRemaining(row);
        }
    }
}
