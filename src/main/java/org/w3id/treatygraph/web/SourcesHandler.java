package org.w3id.treatygraph.web;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;

/** {@code /sources}: every named graph with its sources, size and confidence mix. */
public final class SourcesHandler implements Handler {
    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public SourcesHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". The sources are at /sources");
        }
        exchange.negotiate(java.util.List.of(Representation.HTML));
        String base = exchange.rewriter().publicBase();
        exchange.send(200, Representation.HTML.contentType(), out -> pages.render("sources", new PageRenderer.Site(base),
                SourcesPage.build(dataset, exchange.rewriter()), out));
    }
}
