package org.w3id.treatygraph.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.status.PartyStatus;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.Trace;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * The page {@code /status?at=D}: the status of the Convention on a date as {@code StatusJson} gives it, for people —
 * the counts with their honest note (latest depositary evidence, actions only reported), each party's instrument and
 * the day the Convention is in force for it, and the trace: which rule and which instruments decided each fact.
 */
public final class StatusPage {
    /** A figure at the top of the page. */
    public record Figure(String label, String value) {}

    /** One party with an instrument deposited by the date. */
    public record PartyRow(Link party, Link instrument, String depositDate, boolean counted, String inForceFrom,
                           String inForceUntil, boolean bound, String rule, String why) {}

    /** One derived fact: the rule that decided it, why, and the instruments it rests on. */
    public record TraceRow(String fact, String rule, String why, List<Link> instruments) {
        public int instrumentCount() {
            return instruments.size();
        }

        public boolean hasInstruments() {
            return !instruments.isEmpty();
        }
    }

    /** The trace's facts in words. */
    private static final Map<String, String> FACTS = Map.of("instruments", "Instruments counted", "inForce", "In force",
            "entryIntoForce", "Entry into force", "signatories", "Signatories", "reportedOnly", "Only reported");

    public final String title;
    public final String date;
    public final String headline;
    public final boolean inForce;
    public final List<Figure> figures;
    public final String evidence;
    public final List<PartyRow> parties;
    public final List<TraceRow> trace;
    public final List<Link> alternates;
    public final String json;
    public final String diff;
    public final String feed;

    private StatusPage(StatusReport report, List<PartyRow> parties, List<TraceRow> trace, String base) {
        this.date = report.date().toString();
        this.title = "Status of the UN Convention against Cybercrime on " + date;
        this.headline = headline(report);
        this.inForce = report.inForce();
        this.figures = List.of(
                new Figure("Instruments counted (art 65(1))", report.instruments() + " of " + report.required()),
                new Figure("In force", report.inForce() ? "yes" : "no"),
                new Figure("Entry into force", report.entryIntoForce() == null ? "not fixed"
                        : report.entryIntoForce().toString()),
                new Figure("Signatories", Integer.toString(report.signatories())),
                new Figure("Parties with an instrument", Integer.toString(report.parties().size())));
        this.evidence = evidence(report);
        this.parties = parties;
        this.trace = trace;
        this.json = base + "status.json?at=" + date;
        this.diff = base + "status/diff?from=" + report.date().minusMonths(1) + "&to=" + date;
        this.feed = base + "feed/status.atom";
        this.alternates = List.of(new Link("JSON", json, "application/json"),
                new Link("Atom feed of status changes", feed, "application/atom+xml"));
    }

    public boolean hasParties() {
        return !parties.isEmpty();
    }

    /** The page of {@code report}, with the names of parties and instruments from {@code names}. */
    public static StatusPage build(StatusReport report, StatusNames names, IriRewriter rewriter) {
        List<PartyRow> parties = report.parties().stream().map(p -> partyRow(p, names, rewriter)).toList();
        List<TraceRow> trace = report.trace().stream().map(t -> traceRow(t, names, rewriter)).toList();
        return new StatusPage(report, parties, trace, rewriter.publicBase());
    }

    /** One sentence: in force since, enters into force on, or how many instruments are missing. */
    static String headline(StatusReport report) {
        if (report.inForce()) {
            return "In force since " + report.entryIntoForce() + ".";
        }
        if (report.entryIntoForce() != null) {
            return "Not yet in force: the Convention enters into force on " + report.entryIntoForce() + ".";
        }
        return "Not in force: " + report.instruments() + " of the " + report.required()
                + " instruments article 65(1) requires are deposited.";
    }

    /** The honest note every count carries: how recent the depositary evidence is, how much is only reported. */
    static String evidence(StatusReport report) {
        LocalDate latest = report.latestEvidence();
        return (latest == null ? "No depositary evidence dated on or before " + report.date() + "."
                : "Latest depositary evidence taken into account: " + latest + ".")
                + " " + report.reportedOnly() + " action(s) known only from news reports or without their day;"
                + " none of them is counted as an instrument.";
    }

    private static PartyRow partyRow(PartyStatus party, StatusNames names, IriRewriter rewriter) {
        return new PartyRow(names.link(party.party(), rewriter),
                new Link(party.kind().className(), rewriter.toPublic(party.instrument()), party.instrument()),
                party.depositDate().toString(), party.counted(),
                party.inForceFrom() == null ? "not yet fixed" : party.inForceFrom().toString(),
                party.inForceUntil() == null ? "" : party.inForceUntil().toString(), party.bound(),
                party.trace().rule(), party.trace().explanation());
    }

    private static TraceRow traceRow(Trace trace, StatusNames names, IriRewriter rewriter) {
        return new TraceRow(FACTS.getOrDefault(trace.fact(), trace.fact().startsWith("instrument not counted")
                ? "Not counted" : trace.fact()), trace.rule(), trace.explanation(),
                trace.instruments().stream().map(iri -> names.link(iri, rewriter)).toList());
    }
}
