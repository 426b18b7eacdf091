package org.w3id.treatygraph.web;

import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;

/** {@code /signatories[?sort=date]}: the signatories and parties, sorted on the server. */
public final class SignatoriesHandler implements Handler {
    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public SignatoriesHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". The signatories are at /signatories");
        }
        exchange.negotiate(List.of(Representation.HTML));
        SignatoriesPage page;
        try {
            page = SignatoriesPage.build(dataset, exchange.rewriter(), exchange.parameter("sort"));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        String base = exchange.rewriter().publicBase();
        exchange.send(200, Representation.HTML.contentType(),
                out -> pages.render("signatories", new PageRenderer.Site(base), page, out));
    }
}
