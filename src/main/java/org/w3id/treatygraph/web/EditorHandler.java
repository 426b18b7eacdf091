package org.w3id.treatygraph.web;

import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.query.QueryAdmission;

/**
 * {@code /editor}: the query page, answered on the server so that it works without scripts, under the same
 * limits as the SPARQL endpoint. A query refused or cancelled gets the page with the message and its status (400
 * malformed or too complex, 503 timed out…), the query kept for editing.
 */
public final class EditorHandler implements Handler {
    private final DatasetGraph dataset;
    private final List<ExampleQuery> examples;
    private final Limits limits;
    private final PageRenderer pages;
    private final QueryAdmission admission;

    public EditorHandler(DatasetGraph dataset, List<ExampleQuery> examples, Limits limits, QueryAdmission admission,
                         PageRenderer pages) {
        this.admission = admission;
        this.dataset = dataset;
        this.examples = List.copyOf(examples);
        this.limits = limits;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        EditorPage page = EditorPage.build(exchange.parameter("query"), examples, dataset, exchange.rewriter(), limits,
                admission, exchange.request().getRemoteAddr());
        exchange.send(page.status, Representation.HTML.contentType(),
                out -> pages.render("editor", PageRenderer.Site.of(exchange), page, out));
    }
}
