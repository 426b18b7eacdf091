package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;

/** For an article: its chapter, treaty, and the previous and next articles, as navigation links. */
public final class ArticleNavigation {
    private static final String NEIGHBOURS = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?chapter ?chapterLabel ?treaty ?treatyLabel ?previous ?previousLabel ?next ?nextLabel WHERE {
              ?article a tg:Article ; tg:number ?n ; tg:treaty ?treaty ; tg:chapter ?chapter .
              ?chapter rdfs:label ?chapterLabel . ?treaty rdfs:label ?treatyLabel .
              OPTIONAL { ?previous a tg:Article ; tg:treaty ?treaty ; tg:number ?p ; rdfs:label ?previousLabel .
                         FILTER (?p = ?n - 1) }
              OPTIONAL { ?next a tg:Article ; tg:treaty ?treaty ; tg:number ?x ; rdfs:label ?nextLabel .
                         FILTER (?x = ?n + 1) }
            } LIMIT 1""";

    private ArticleNavigation() {}

    /** The links, with rel values in the tooltip slot ("up", "prev", "next"); none for other resources. */
    public static List<Link> of(Node article, DatasetGraph dataset, IriRewriter rewriter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(NEIGHBOURS);
        query.setIri("article", article.getURI());
        return Txn.calculateRead(dataset, () -> {
            List<Link> links = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query.asQuery()).build()) {
                var results = execution.execSelect();
                if (results.hasNext()) {
                    QuerySolution row = results.next();
                    add(links, row, "treaty", "Treaty: ", "up", rewriter);
                    add(links, row, "chapter", "", "up", rewriter);
                    add(links, row, "previous", "← ", "prev", rewriter);
                    add(links, row, "next", "→ ", "next", rewriter);
                }
            }
            return links;
        });
    }

    private static void add(List<Link> links, QuerySolution row, String variable, String prefix, String rel,
                            IriRewriter rewriter) {
        if (row.contains(variable)) {
            links.add(new Link(prefix + row.getLiteral(variable + "Label").getLexicalForm(),
                    rewriter.toPublic(row.getResource(variable).getURI()), rel));
        }
    }
}
