package org.w3id.treatygraph.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;

/**
 * A page at one path, from a template and the model built for the request: {@code /sources},
 * {@code /signatories}. A model that cannot be built from the request's parameters
 * ({@link IllegalArgumentException}) is a 400 with its message.
 */
public final class PageHandler implements Handler {
    private final String template;
    private final PageRenderer pages;
    private final Function<Exchange, Object> model;

    public PageHandler(String template, PageRenderer pages, Function<Exchange, Object> model) {
        this.template = template;
        this.pages = pages;
        this.model = model;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". This page is at /" + template);
        }
        exchange.negotiate(List.of(Representation.HTML));
        Object page;
        try {
            page = model.apply(exchange);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        String base = exchange.rewriter().publicBase();
        exchange.send(200, Representation.HTML.contentType(),
                out -> pages.render(template, PageRenderer.Site.of(exchange), page, out));
    }
}
