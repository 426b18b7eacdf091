package org.w3id.treatygraph.web;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;

/**
 * {@code /map/world.svg}: the signatories page's map as an SVG document of its own, each State's shape carrying its
 * ISO 3166-1 alpha-3 code ({@code data-iso3}) and its status class; the query editor's map view colours it by a
 * result instead.
 */
public final class WorldMapHandler implements Handler {
    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public WorldMapHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". The map is at /map/world.svg");
        }
        SignatoriesMap map = SignatoriesMap.today(dataset, exchange.rewriter());
        exchange.send(200, "image/svg+xml;charset=utf-8",
                out -> pages.render("world.svg", PageRenderer.Site.of(exchange), map, out));
    }
}
