package org.w3id.treatygraph.web;

import java.util.List;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.status.StatusDiff;
import org.w3id.treatygraph.status.StatusEvent;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.vocab.IriRewriter;

/** The page {@code /status/diff?from=D1&to=D2}: the status on both dates and the treaty actions in between. */
public final class StatusDiffPage {
    /** The status on one of the two dates. */
    public record Side(String date, String headline, int instruments, int signatories, int parties, String evidence,
                       String href) {}

    /** One treaty action between the dates. */
    public record EventRow(String date, Link party, Link action, String kind, boolean evidenced, Link provision) {}

    public final String title;
    public final Side from;
    public final Side to;
    public final List<EventRow> events;
    public final List<Link> alternates;

    private StatusDiffPage(Side from, Side to, List<EventRow> events, String json) {
        this.title = "Treaty actions after " + from.date() + " and up to " + to.date();
        this.from = from;
        this.to = to;
        this.events = events;
        this.alternates = List.of(new Link("JSON", json, "application/json"));
    }

    public boolean hasEvents() {
        return !events.isEmpty();
    }

    public int eventCount() {
        return events.size();
    }

    public static StatusDiffPage build(StatusDiff diff, StatusNames names, IriRewriter rewriter) {
        List<EventRow> events = diff.events().stream().map(e -> eventRow(e, names, rewriter)).toList();
        String base = rewriter.publicBase();
        return new StatusDiffPage(side(diff.from(), base), side(diff.to(), base), events, base + "status/diff.json?from="
                + diff.from().date() + "&to=" + diff.to().date());
    }

    private static Side side(StatusReport report, String base) {
        return new Side(report.date().toString(), StatusPage.headline(report), report.instruments(),
                report.signatories(), report.parties().size(), StatusPage.evidence(report),
                base + "status?at=" + report.date());
    }

    private static EventRow eventRow(StatusEvent event, StatusNames names, IriRewriter rewriter) {
        return new EventRow(StatusBlock.when(event.date()), names.link(event.party(), rewriter),
                names.link(event.iri(), rewriter), event.kind().className(), event.evidenced(),
                event.provision() == null ? null : names.link(event.provision(), rewriter));
    }
}
