package org.w3id.treatygraph.linkeddata;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/** Names of the named graphs (from the catalog), to cite them as the sources of statements. */
public final class SourceCatalog {
    private static final String GRAPH_TITLES = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?graph ?title WHERE { ?graph a tg:DataGraph ; dcterms:title ?title }""";

    private final Map<Node, String> titles = new HashMap<>();

    public SourceCatalog(DatasetGraph dataset) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(GRAPH_TITLES).build()) {
                execution.execSelect().forEachRemaining(row ->
                        titles.put(row.get("graph").asNode(), row.getLiteral("title").getLexicalForm()));
            }
        });
    }

    /** A short link to a graph: its slug as text, its title as tooltip. */
    public Link link(Node graph, IriRewriter rewriter) {
        String iri = graph.getURI();
        String slug = iri.startsWith(TG.GRAPH) ? iri.substring(TG.GRAPH.length()) : iri;
        return new Link(slug, rewriter.toPublic(iri), titles.getOrDefault(graph, iri));
    }
}
