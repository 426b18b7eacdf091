package org.w3id.treatygraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.status.StatusDiff;
import org.w3id.treatygraph.status.StatusJson;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;

/**
 * The status API: {@code /status?at=D} (the status on a date), {@code /status/diff?from=D1&to=D2} (the actions in
 * between) and {@code /changes?since=D} (what depositary imports recorded). JSON for programs ({@code StatusJson}),
 * a page for people, by {@code Accept} or by extension ({@code .json}, {@code .html}). One {@link StatusService} per
 * request, reading the store in its own transaction. A malformed or impossible date is a 400.
 */
public final class StatusHandler {
    /** Offered by {@code /status} and {@code /status/diff}: JSON unless HTML is preferred. */
    public static final List<Representation> OFFERS = List.of(Representation.JSON, Representation.HTML);
    /** Offered by {@code /changes}. */
    public static final List<Representation> JSON_ONLY = List.of(Representation.JSON);

    private final DatasetGraph dataset;
    private final PageRenderer pages;

    public StatusHandler(DatasetGraph dataset, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
    }

    /** {@code GET /status[.json|.html]?at=YYYY-MM-DD}; without {@code at}, today (UTC). */
    public void status(Exchange exchange) throws IOException {
        Representation chosen = exchange.negotiateWithExtension(OFFERS);
        LocalDate date = StatusDates.atOrToday(exchange);
        StatusReport report = new StatusService(dataset).at(date);
        if (chosen.isHtml()) {
            StatusNames names = StatusNames.of(dataset, iris(report));
            page(exchange, "status", StatusPage.build(report, names, exchange.rewriter()));
        } else {
            json(exchange, StatusJson.report(report));
        }
    }

    /** {@code GET /status/diff[.json|.html]?from=D1&to=D2}: both required, {@code to} not before {@code from}. */
    public void diff(Exchange exchange) throws IOException {
        Representation chosen = exchange.negotiateWithExtension(OFFERS);
        LocalDate from = StatusDates.required(exchange, "from");
        LocalDate to = StatusDates.required(exchange, "to");
        if (to.isBefore(from)) {
            throw HttpError.badRequest("The end of the period (to=" + to + ") is before its start (from=" + from
                    + "): swap them.");
        }
        StatusDiff diff = new StatusService(dataset).diff(from, to);
        if (chosen.isHtml()) {
            Set<String> iris = new LinkedHashSet<>();
            diff.events().forEach(e -> {
                iris.add(e.iri());
                iris.add(e.party());
                if (e.provision() != null) {
                    iris.add(e.provision());
                }
            });
            page(exchange, "status-diff", StatusDiffPage.build(diff, StatusNames.of(dataset, iris), exchange.rewriter()));
        } else {
            json(exchange, StatusJson.diff(diff));
        }
    }

    /** {@code GET /changes[.json]?since=YYYY-MM-DD}: the changes recorded from that day on; without it, all. */
    public void changes(Exchange exchange) throws IOException {
        exchange.negotiateWithExtension(JSON_ONLY);
        LocalDate since = StatusDates.optional(exchange, "since").orElse(LocalDate.EPOCH);
        json(exchange, StatusJson.changes(new StatusService(dataset).changesSince(since)));
    }

    private static Set<String> iris(StatusReport report) {
        Set<String> iris = new LinkedHashSet<>();
        report.parties().forEach(p -> {
            iris.add(p.party());
            iris.add(p.instrument());
        });
        report.trace().forEach(t -> iris.addAll(t.instruments()));
        return iris;
    }

    private void page(Exchange exchange, String template, Object model) throws IOException {
        exchange.response().setHeader("Cache-Control", "no-cache");
        exchange.send(200, Representation.HTML.contentType(), out -> pages.render(template,
                PageRenderer.Site.of(exchange), model, out));
    }

    private static void json(Exchange exchange, JsonValue json) throws IOException {
        exchange.response().setHeader("Cache-Control", "no-cache");
        exchange.send(200, Representation.JSON.contentType(),
                (StatusJson.write(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
