package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.ContentNegotiator;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.store.StoreVersion;

/**
 * {@code GET /sparql} without a query: the SPARQL 1.1 Service Description for machines; a browser, which
 * prefers HTML, is sent to the query editor instead.
 */
public final class ServiceDescriptionHandler implements Handler {
    private final RdfHandler description;

    public ServiceDescriptionHandler(DatasetGraph dataset, StoreVersion version) {
        this.description = new RdfHandler(version, Representation.RDF,
                rewriter -> DatasetDescription.serviceDescription(dataset, rewriter));
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        boolean browser = ContentNegotiator.choose(exchange.accept(), List.of(Representation.HTML, Representation.TURTLE))
                .filter(Representation::isHtml).isPresent();
        if (browser) {
            exchange.redirect(HttpServletResponse.SC_SEE_OTHER, exchange.rewriter().url("editor"));
        } else {
            description.handle(exchange);
        }
    }
}
