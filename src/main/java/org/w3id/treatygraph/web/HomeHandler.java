package org.w3id.treatygraph.web;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.Representation;

/** {@code /}: what the dataset is, its counts, entry points and downloads. */
public final class HomeHandler implements Handler {
    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public HomeHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String base = exchange.rewriter().publicBase();
        exchange.send(200, Representation.HTML.contentType(),
                out -> pages.render("home", PageRenderer.Site.of(exchange), HomePage.build(dataset, base), out));
    }
}
