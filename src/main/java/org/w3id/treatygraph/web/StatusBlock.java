package org.w3id.treatygraph.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.status.EventDate;
import org.w3id.treatygraph.status.EventKind;
import org.w3id.treatygraph.status.PartyStatus;
import org.w3id.treatygraph.status.StatusEngine;
import org.w3id.treatygraph.status.StatusEvent;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The status block of a resource page (template {@code status-block}): on the Convention's page its status on a date,
 * on a State's or organization's page the Convention's status for that party (signature, instrument, in force from,
 * its actions, reservations among them), both at today's date or {@code ?at=}; on an article's or paragraph's page the
 * reservations, declarations and notifications that concern it. Other resources have none.
 */
public final class StatusBlock {
    private static final String TREATY = StatusGraph.TREATY.getURI();
    private static final List<String> PARTY_SPACES = List.of(TG.ID + "state/", TG.ID + "organization/");

    /** What the resource template sees: {@code {{#status}}…{{/status}}}, null without a block. */
    public record Section(StatusBlock status) {}

    /** A figure of the block, with a link where it names a resource. */
    public record Fact(String label, String value, String href) {}

    /** A treaty action shown in the block. */
    public record Action(String kind, String date, boolean evidenced, Link action, Link party, Link provision) {}

    public final String heading;
    /** The date the block answers for, or null when it does not depend on one (provisions). */
    public final String date;
    public final String headline;
    public final List<Fact> facts;
    public final String evidence;
    public final String why;
    public final String actionsHeading;
    public final List<Action> actions;
    public final String statusHref;

    private StatusBlock(String heading, String date, String headline, List<Fact> facts, String evidence, String why,
                        String actionsHeading, List<Action> actions, String statusHref) {
        this.heading = heading;
        this.date = date;
        this.headline = headline;
        this.facts = facts;
        this.evidence = evidence;
        this.why = why;
        this.actionsHeading = actionsHeading;
        this.actions = actions;
        this.statusHref = statusHref;
    }

    public boolean hasFacts() {
        return !facts.isEmpty();
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    /** True when the page of {@code resource} shows a status on a date: the Convention's, a party's. */
    public static boolean dated(Node resource) {
        return resource.isURI() && (resource.getURI().equals(TREATY) || party(resource.getURI()));
    }

    /** The block of {@code resource}'s page, or an empty section for resources without one. */
    public static Section section(DatasetGraph dataset, Node resource, Exchange exchange) {
        if (!resource.isURI()) {
            return new Section(null);
        }
        String iri = resource.getURI();
        IriRewriter rewriter = exchange.rewriter();
        if (dated(resource)) {
            LocalDate date = StatusDates.atOrToday(exchange);
            List<StatusEvent> events = new StatusService(dataset).events();
            StatusReport report = StatusEngine.unCybercrimeConvention().at(events, date);   // read once, used twice
            return new Section(iri.equals(TREATY) ? treaty(report, rewriter)
                    : party(iri, report, events, StatusNames.of(dataset, names(events, iri)), rewriter));
        }
        if (iri.startsWith(TREATY + "/article/")) {
            List<StatusEvent> concerning = new StatusService(dataset).events().stream()
                    .filter(e -> e.provision() != null && (e.provision().equals(iri) || e.provision().startsWith(iri + "/")))
                    .sorted(Comparator.comparing((StatusEvent e) -> e.date().latest(),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StatusEvent::iri))
                    .toList();
            if (concerning.isEmpty()) {
                return new Section(null);
            }
            Set<String> iris = new LinkedHashSet<>();
            concerning.forEach(e -> iris.addAll(List.of(e.iri(), e.party(), e.provision())));
            StatusNames names = StatusNames.of(dataset, iris);
            return new Section(new StatusBlock("Reservations, declarations and notifications", null, null, List.of(),
                    null, null, concerning.size() + " action(s) of parties concern this provision",
                    concerning.stream().map(e -> action(e, names, rewriter)).toList(), null));
        }
        return new Section(null);
    }

    private static StatusBlock treaty(StatusReport report, IriRewriter rewriter) {
        List<Fact> facts = List.of(
                new Fact("Instruments counted (art 65(1))", report.instruments() + " of " + report.required(), null),
                new Fact("Entry into force", report.entryIntoForce() == null ? "not fixed yet"
                        : report.entryIntoForce().toString(), null),
                new Fact("Signatories", Integer.toString(report.signatories()), null),
                new Fact("Parties with an instrument", Integer.toString(report.parties().size()), null));
        String why = report.trace().stream().filter(t -> t.fact().equals("inForce")).findFirst()
                .map(t -> t.explanation() + " (" + t.rule() + ")").orElse(null);
        return new StatusBlock("Status on " + report.date(), report.date().toString(), StatusPage.headline(report),
                facts, StatusPage.evidence(report), why, null, List.of(), statusHref(rewriter, report.date()));
    }

    private static StatusBlock party(String party, StatusReport report, List<StatusEvent> events, StatusNames names,
                                     IriRewriter rewriter) {
        LocalDate date = report.date();
        List<StatusEvent> own = events.stream().filter(e -> e.party().equals(party) && e.date().possiblyBy(date))
                .sorted(Comparator.comparing((StatusEvent e) -> e.date().latest(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StatusEvent::iri))
                .toList();
        Optional<StatusEvent> signature = own.stream()
                .filter(e -> e.kind() == EventKind.SIGNATURE && e.date().certainlyBy(date)).findFirst();
        Optional<PartyStatus> status = report.party(party);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Signed", signature.map(s -> when(s.date()) + (s.evidenced() ? "" : " (reported, not in the"
                + " depositary's record)")).orElse("not by " + date), signature.map(s -> rewriter.toPublic(s.iri())).orElse(null)));
        String headline;
        String why = null;
        if (status.isPresent()) {
            PartyStatus p = status.get();
            facts.add(new Fact("Instrument", p.kind().className() + ", deposited " + p.depositDate(),
                    rewriter.toPublic(p.instrument())));
            facts.add(new Fact("In force for it from", p.inForceFrom() == null ? "not fixed yet" : p.inForceFrom().toString(), null));
            if (p.inForceUntil() != null) {
                facts.add(new Fact("Until (denunciation)", p.inForceUntil().toString(), null));
            }
            headline = p.bound() ? "Bound by the Convention on " + date + "."
                    : "Not bound on " + date + ": its instrument is deposited, the Convention is not (yet) in force for it.";
            why = p.trace().explanation() + " (" + p.trace().rule() + ")";
        } else {
            facts.add(new Fact("Instrument", "none deposited by " + date + " in the depositary's record", null));
            headline = signature.isPresent() ? "Signatory on " + date + ", not bound: no instrument of consent deposited."
                    : "Neither a signatory nor a party on " + date + ", as far as TreatyGraph's sources show.";
        }
        long reservations = own.stream().filter(e -> e.kind() == EventKind.RESERVATION).count();
        facts.add(new Fact("Reservations", Long.toString(reservations), null));
        return new StatusBlock("Status of the UN Convention against Cybercrime for " + names.label(party) + " on " + date,
                date.toString(), headline, facts, StatusPage.evidence(report), why,
                "Its treaty actions by " + date, own.stream().map(e -> action(e, names, rewriter)).toList(),
                statusHref(rewriter, date));
    }

    private static Action action(StatusEvent event, StatusNames names, IriRewriter rewriter) {
        return new Action(event.kind().className(), when(event.date()), event.evidenced(),
                names.link(event.iri(), rewriter), names.link(event.party(), rewriter),
                event.provision() == null ? null : names.link(event.provision(), rewriter));
    }

    private static Set<String> names(List<StatusEvent> events, String party) {
        Set<String> iris = new LinkedHashSet<>(List.of(party));
        events.stream().filter(e -> e.party().equals(party)).forEach(e -> {
            iris.add(e.iri());
            if (e.provision() != null) {
                iris.add(e.provision());
            }
        });
        return iris;
    }

    /** When an action happened, in words: its day, or its bounds. */
    static String when(EventDate date) {
        if (date.exact()) {
            return date.day().toString();
        }
        if (date.notBefore() != null && date.notAfter() != null) {
            return "between " + date.notBefore() + " and " + date.notAfter();
        }
        return date.notBefore() != null ? "on or after " + date.notBefore() : "by " + date.notAfter();
    }

    private static String statusHref(IriRewriter rewriter, LocalDate date) {
        return rewriter.url("status?at=" + date);
    }

    private static boolean party(String iri) {
        return PARTY_SPACES.stream().anyMatch(space -> iri.startsWith(space) && iri.indexOf('/', space.length()) < 0);
    }
}
