package org.w3id.treatygraph.web;

import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.RouteServlet;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.query.QueryAdmission;

/**
 * {@code /editor}: the query page, answered on the server so that it works without scripts, under the same
 * limits as the SPARQL endpoint. A query refused or cancelled gets the page with the message and its status (400
 * malformed or too complex, 503 timed out…), the query kept for editing.
 */
public final class EditorHandler implements Handler {
    /**
     * YASGUI's table view resizes columns with a library that adds two fixed {@code <style>} elements to the page: its
     * grip rules, and a cursor while a column is dragged. The editor's policy allows these two by their SHA-256 (of
     * the pinned @zazuko/yasgui 4.6.2) and nothing else inline: no 'unsafe-inline', no 'unsafe-eval' (YASGUI needs
     * neither). The browser test fails on any policy violation in the console, so a new version shows here.
     */
    static final String[] YASGUI_STYLES = {"sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=",
        "sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg="};

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
        exchange.response().setHeader("Content-Security-Policy", RouteServlet.securityPolicy(YASGUI_STYLES));
        exchange.send(page.status, Representation.HTML.contentType(),
                out -> pages.render("editor", PageRenderer.Site.of(exchange), page, out));
    }
}
