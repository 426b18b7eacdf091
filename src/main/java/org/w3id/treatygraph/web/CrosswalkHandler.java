package org.w3id.treatygraph.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.crosswalk.CoverageJson;
import org.w3id.treatygraph.crosswalk.CoverageReport;
import org.w3id.treatygraph.crosswalk.CrosswalkCoverage;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;

/**
 * {@code /crosswalk[.json|.html]?party=ISO3&at=YYYY-MM-DD[&article=N]}: which Hanoi obligations a State already
 * carries through the Budapest Convention, UNTOC or UNCAC on a date, and which would be new (the coverage view). JSON
 * for programs, a page for people; the page without a party shows the form only. An unknown State, a malformed date
 * or article is a 400; without {@code at}, today (UTC).
 */
public final class CrosswalkHandler {
    public static final List<Representation> OFFERS = List.of(Representation.JSON, Representation.HTML);

    private final CrosswalkCoverage coverage;
    private final PageRenderer pages;

    public CrosswalkHandler(DatasetGraph dataset, PageRenderer pages) {
        this.coverage = new CrosswalkCoverage(dataset);
        this.pages = pages;
    }

    public void handle(Exchange exchange) throws IOException {
        Representation chosen = exchange.negotiateWithExtension(OFFERS);
        String code = exchange.parameter("party");
        LocalDate at = StatusDates.atOrToday(exchange);
        if (chosen.isHtml() && (code == null || code.isBlank())) {
            send(exchange, chosen, CrosswalkPage.form(at.toString()));
            return;
        }
        CoverageReport report = coverage.at(state(code), at, article(exchange.parameter("article")));
        if (chosen.isHtml()) {
            String json = exchange.rewriter().url("crosswalk.json?" + exchange.request().getQueryString());
            send(exchange, chosen, CrosswalkPage.of(code.strip(), CrosswalkSection.of(report, exchange.rewriter(), json)));
        } else {
            exchange.response().setHeader("Cache-Control", "no-cache");
            exchange.send(200, Representation.JSON.contentType(),
                    out -> JSON.write(out, CoverageJson.of(report, exchange.rewriter())));
        }
    }

    private String state(String code) {
        if (code == null || code.isBlank()) {
            throw HttpError.badRequest("Give the State as ?party=ISO3, its ISO 3166-1 alpha-3 code, e.g. ?party=ALB.");
        }
        return coverage.state(code.strip()).orElseThrow(() -> HttpError.badRequest("No State with the code '"
                + (code.length() > 12 ? code.substring(0, 12) + "…" : code.strip()) + "' is known: give an ISO 3166-1"
                + " alpha-3 code in capitals, e.g. ?party=ALB (Albania)."));
    }

    private static Integer article(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[1-9][0-9]?")) {
            throw HttpError.badRequest("The article '" + (value.length() > 12 ? value.substring(0, 12) + "…" : value)
                    + "' is not an article number of the Convention (1 to 68), e.g. ?article=40.");
        }
        return Integer.valueOf(value.strip());
    }

    private void send(Exchange exchange, Representation html, CrosswalkPage page) throws IOException {
        exchange.response().setHeader("Cache-Control", "no-cache");
        exchange.send(200, html.contentType(), out -> pages.render("crosswalk", PageRenderer.Site.of(exchange), page, out));
    }
}
