package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal status of a treaty on a date: the number of deposited instruments that count toward entry into force
 * ({@code instruments}), whether it is in force, its entry-into-force date (null before the instrument that
 * completes the number), the number of signatories, one entry per party with a deposited instrument, how many
 * actions are known only from reports (not from the depositary: honest counts), the date of the latest depositary
 * evidence taken into account (null without any), and the trace of every derived fact.
 */
public record StatusReport(LocalDate date, int instruments, int required, boolean inForce, LocalDate entryIntoForce,
                           int signatories, List<String> signatoryParties, List<PartyStatus> parties,
                           int reportedOnly, LocalDate latestEvidence, List<Trace> trace) {
    public StatusReport {
        signatoryParties = List.copyOf(signatoryParties);
        parties = List.copyOf(parties);
        trace = List.copyOf(trace);
    }

    /** The status of one party, if it deposited an instrument by the report's date. */
    public java.util.Optional<PartyStatus> party(String partyIri) {
        return parties.stream().filter(p -> p.party().equals(partyIri)).findFirst();
    }
}
