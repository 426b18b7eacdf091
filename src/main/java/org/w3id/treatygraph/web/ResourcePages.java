package org.w3id.treatygraph.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.linkeddata.DocumentPages;
import org.w3id.treatygraph.linkeddata.SourceCatalog;
import org.w3id.treatygraph.reading.ArticleView;
import org.w3id.treatygraph.reading.TreatyView;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;

/** The HTML page of a resource description: its statements with their sources, and an article's neighbours. */
public final class ResourcePages implements DocumentPages {
    private static final Node ARTICLE = TG.term("Article");
    private static final Node TREATY = TG.term("Treaty");
    private static final Node STATE = TG.term("State");

    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public ResourcePages(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void write(Exchange exchange, Node resource, DatasetGraph description, List<Link> alternates,
                      OutputStream out) throws IOException {
        IriRewriter rewriter = exchange.rewriter();
        Labels labels = new Labels(description, Prefixes.standard());
        SourceCatalog catalog = new SourceCatalog(dataset);
        List<Link> context = description.contains(Node.ANY, resource, RDF.type.asNode(), ARTICLE)
                ? ArticleNavigation.of(resource, dataset, rewriter) : List.of();
        ResourcePage page = ResourcePage.build(resource, description, rewriter, labels,
                graph -> catalog.link(graph, rewriter), alternates, context);
        PageRenderer.Site site = PageRenderer.Site.of(exchange);
        Object status = StatusBlock.section(dataset, resource, exchange);
        // Treaties, articles and States have reading views of their own (TreatyView, ArticleView, StateView).
        if (description.contains(Node.ANY, resource, RDF.type.asNode(), TREATY)) {
            pages.render("treaty", site, List.of(page, TreatyView.of(resource, dataset, rewriter), status), out);
        } else if (description.contains(Node.ANY, resource, RDF.type.asNode(), ARTICLE)) {
            pages.render("article", site, List.of(page, ArticleView.of(resource, dataset, rewriter), status), out);
        } else if (description.contains(Node.ANY, resource, RDF.type.asNode(), STATE)) {
            pages.render("state", site, List.of(page, StateView.of(resource, dataset, rewriter), status), out);
        } else {
            pages.render("resource", site, List.of(page, status), out);
        }
    }

    /** The Convention's and a party's pages show the status on a date (today or {@code ?at=}). */
    @Override
    public String variant(Node resource, UnaryOperator<String> parameters) {
        return StatusBlock.dated(resource) ? "at=" + StatusDates.atOrToday(parameters.apply("at")) : "";
    }
}
