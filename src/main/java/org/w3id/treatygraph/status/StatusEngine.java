package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The final clauses as code: from a set of treaty actions, the status on any date. Pure: plain records in, a
 * {@link StatusReport} out, no store.
 *
 * <p>What counts. Only instruments of consent (ratification, acceptance, approval, accession) whose deposit the
 * depositary's record evidences, on a known day, count toward art 65(1); a signature never does (art 64). An
 * instrument known only from news, or whose day is known only within bounds, is not counted and is reported in
 * {@code reportedOnly}: a deposit cannot be placed in the count without its day. A party's first instrument is its
 * instrument. A regional economic integration organization's instrument is never counted: art 65(1) says it does not
 * count as additional to its member States', and an organization may only deposit after one of its member States
 * (art 64(3), 64(4)), so it cannot be one of the 40 on its own.
 *
 * <p>Order. Instruments are ordered by deposit day (then IRI, for a stable trace): the 40th counted one fixes entry
 * into force on the 90th day after its deposit, whether or not other instruments were deposited the same day.
 */
public final class StatusEngine {
    private static final Comparator<StatusEvent> BY_DAY =
            Comparator.comparing((StatusEvent e) -> e.date().day()).thenComparing(StatusEvent::iri);

    private final FinalClauses rules;

    public StatusEngine(FinalClauses rules) {
        this.rules = rules;
    }

    public static StatusEngine unCybercrimeConvention() {
        return new StatusEngine(FinalClauses.UN_CYBERCRIME_CONVENTION);
    }

    public FinalClauses rules() {
        return rules;
    }

    /** The status on {@code date}, from {@code events} (in any order). */
    public StatusReport at(List<StatusEvent> events, LocalDate date) {
        List<Trace> trace = new ArrayList<>();
        Map<String, StatusEvent> instrumentByParty = firstInstruments(events);
        List<StatusEvent> allCounted = instrumentByParty.values().stream().filter(e -> !e.organization()).toList();

        // Art 65(1): the required instrument (the 40th counted) and the entry into force it fixes.
        StatusEvent required = allCounted.size() >= rules.instrumentsRequired()
                ? allCounted.get(rules.instrumentsRequired() - 1) : null;
        LocalDate entryIntoForce = required != null && !required.date().day().isAfter(date)
                ? rules.entryIntoForce(required.date().day()) : null;

        List<StatusEvent> deposited = instrumentByParty.values().stream()
                .filter(e -> !e.date().day().isAfter(date)).toList();
        List<StatusEvent> counted = deposited.stream().filter(e -> !e.organization()).toList();
        List<StatusEvent> organizations = deposited.stream().filter(StatusEvent::organization).toList();
        trace.add(new Trace("instruments", FinalClauses.ENTRY_INTO_FORCE_RULE, iris(counted), String.format(
                "%d instrument(s) of ratification, acceptance, approval or accession deposited by %s count toward the %d"
                        + " that art 65(1) requires%s.", counted.size(), date, rules.instrumentsRequired(),
                organizations.isEmpty() ? "" : "; " + organizations.size()
                        + " deposited by regional economic integration organizations are not counted in addition to"
                        + " their member States' (art 65(1), second sentence)")));
        for (StatusEvent organization : organizations) {
            trace.add(new Trace("instrument not counted: " + organization.iri(), FinalClauses.ORGANIZATION_RULE,
                    List.of(organization.iri()), "An instrument deposited by a regional economic integration organization"
                    + " is not counted as additional to those deposited by its member States."));
        }
        boolean inForce = entryIntoForce != null && !entryIntoForce.isAfter(date);
        if (entryIntoForce != null) {
            trace.add(new Trace("entryIntoForce", FinalClauses.ENTRY_INTO_FORCE_RULE, List.of(required.iri()),
                    String.format("The %dth counted instrument (%s) was deposited on %s; the Convention enters into force"
                                    + " on the %dth day after: %s.", rules.instrumentsRequired(), required.iri(),
                            required.date().day(), rules.daysAfterRequiredInstrument(), entryIntoForce)));
        }
        trace.add(new Trace("inForce", FinalClauses.ENTRY_INTO_FORCE_RULE,
                required != null && entryIntoForce != null ? List.of(required.iri()) : List.of(),
                entryIntoForce == null
                        ? String.format("Not in force on %s: %d more counted instrument(s) are needed.", date,
                                rules.instrumentsRequired() - counted.size())
                        : inForce ? String.format("In force on %s, since %s.", date, entryIntoForce)
                        : String.format("Not yet in force on %s: it enters into force on %s.", date, entryIntoForce)));

        Map<String, StatusEvent> denunciations = denunciations(events, date);
        List<PartyStatus> parties = new ArrayList<>();
        for (StatusEvent instrument : deposited) {
            parties.add(partyStatus(instrument, required, entryIntoForce, denunciations.get(instrument.party()), date));
        }

        TreeSet<String> signatories = new TreeSet<>();
        List<String> signatures = new ArrayList<>();
        int reportedOnly = 0;
        LocalDate latestEvidence = null;
        for (StatusEvent event : events) {
            if (event.evidenced() && event.date().exact() && !event.date().day().isAfter(date)
                    && (latestEvidence == null || event.date().day().isAfter(latestEvidence))) {
                latestEvidence = event.date().day();
            }
            boolean evidencedInstrument = event.evidenced() && event.date().exact();
            if (!evidencedInstrument && event.date().possiblyBy(date)) {
                reportedOnly++;
            }
            if (event.kind() == EventKind.SIGNATURE && event.date().certainlyBy(date) && signatories.add(event.party())) {
                signatures.add(event.iri());
            }
        }
        trace.add(new Trace("signatories", FinalClauses.SIGNATURE_RULE, signatures, String.format(
                "%d part(ies) signed by %s (signatures whose day, or latest possible day, is not after it, whether read"
                        + " in the depositary's record or reported).", signatories.size(), date)));
        if (reportedOnly > 0) {
            trace.add(new Trace("reportedOnly", FinalClauses.ENTRY_INTO_FORCE_RULE, List.of(), String.format(
                    "%d action(s) that may have happened by %s are known only from reports or without their day; no"
                            + " such instrument is counted.", reportedOnly, date)));
        }
        return new StatusReport(date, counted.size(), rules.instrumentsRequired(), inForce, entryIntoForce,
                signatories.size(), List.copyOf(signatories), parties, reportedOnly, latestEvidence, trace);
    }

    /**
     * The status on two dates and the actions between them: those certainly done by {@code to} and not certainly
     * by {@code from} (an action known only within bounds appears once its latest possible day has passed).
     */
    public StatusDiff diff(List<StatusEvent> events, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end of a diff (" + to + ") is before its start (" + from + ")");
        }
        List<StatusEvent> between = events.stream()
                .filter(e -> e.date().certainlyBy(to) && !e.date().certainlyBy(from))
                .sorted(Comparator.comparing((StatusEvent e) -> e.date().latest()).thenComparing(StatusEvent::iri))
                .toList();
        return new StatusDiff(at(events, from), at(events, to), between);
    }

    /** Each party's first evidenced instrument of consent with a known day, in deposit order. */
    private static Map<String, StatusEvent> firstInstruments(List<StatusEvent> events) {
        Map<String, StatusEvent> first = new LinkedHashMap<>();
        events.stream().filter(e -> e.kind().isConsent() && e.evidenced() && e.date().exact()).sorted(BY_DAY)
                .forEach(e -> first.putIfAbsent(e.party(), e));
        return first;
    }

    /** Each party's first evidenced denunciation received by {@code date}. */
    private static Map<String, StatusEvent> denunciations(List<StatusEvent> events, LocalDate date) {
        Map<String, StatusEvent> received = new LinkedHashMap<>();
        events.stream().filter(e -> e.kind() == EventKind.DENUNCIATION && e.evidenced() && e.date().exact()
                        && !e.date().day().isAfter(date)).sorted(BY_DAY)
                .forEach(e -> received.putIfAbsent(e.party(), e));
        return received;
    }

    private PartyStatus partyStatus(StatusEvent instrument, StatusEvent required, LocalDate entryIntoForce,
                                    StatusEvent denunciation, LocalDate date) {
        LocalDate deposit = instrument.date().day();
        List<String> basis = new ArrayList<>(List.of(instrument.iri()));
        LocalDate from = null;
        String rule;
        String why;
        if (entryIntoForce == null) {
            rule = FinalClauses.ENTRY_INTO_FORCE_RULE;
            why = String.format("Deposited on %s; the date from which the Convention is in force for this party depends on"
                    + " the %dth counted instrument, not yet deposited on %s.", deposit, rules.instrumentsRequired(), date);
        } else if (!deposit.isAfter(required.date().day())) {
            from = entryIntoForce;
            rule = FinalClauses.ENTRY_INTO_FORCE_RULE;
            if (!required.iri().equals(instrument.iri())) {
                basis.add(required.iri());
            }
            why = String.format("Deposited on %s, not after the %dth counted instrument (%s): in force for this party"
                    + " when the Convention enters into force, %s.", deposit, rules.instrumentsRequired(),
                    required.date().day(), entryIntoForce);
        } else {
            from = rules.entryIntoForceFor(deposit, entryIntoForce);
            rule = FinalClauses.LATER_PARTY_RULE;
            basis.add(required.iri());
            why = String.format("Deposited on %s, after the %dth counted instrument: in force for this party on the %dth"
                    + " day after its deposit (%s) or on the entry into force (%s), whichever is later: %s.", deposit,
                    rules.instrumentsRequired(), rules.daysAfterLaterInstrument(),
                    deposit.plusDays(rules.daysAfterLaterInstrument()), entryIntoForce, from);
        }
        LocalDate until = null;
        if (denunciation != null) {
            LocalDate denounced = denunciation.date().day();
            until = rules.denunciationEffective(denounced);
            basis.add(denunciation.iri());
            rule = rule + ", " + FinalClauses.DENUNCIATION_RULE;
            why += String.format(" Denunciation received on %s takes effect one year later, on %s.", denounced, until);
        }
        boolean bound = from != null && !from.isAfter(date) && (until == null || date.isBefore(until));
        return new PartyStatus(instrument.party(), instrument.iri(), instrument.kind(), deposit,
                !instrument.organization(), from, until, bound, new Trace("inForceFrom " + instrument.party(), rule,
                basis, why));
    }

    private static List<String> iris(List<StatusEvent> events) {
        return events.stream().map(StatusEvent::iri).toList();
    }
}
