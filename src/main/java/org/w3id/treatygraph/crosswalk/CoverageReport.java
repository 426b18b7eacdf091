package org.w3id.treatygraph.crosswalk;

import java.time.LocalDate;
import java.util.List;

/**
 * The coverage view for one State on one date: its name, each Hanoi obligation set out in a mapped provision (of one
 * article when asked) with its counterparts, how many obligations of that scope no mapping covers yet, and what the
 * data records of the State under each compared treaty (where it records nothing, "new" may only mean "unknown").
 */
public record CoverageReport(String party, String partyLabel, LocalDate at, Integer article,
                             List<ObligationCoverage> obligations, int notMapped, List<PartyRecord> records) {

    public List<ObligationCoverage> with(CoverageStatus status) {
        return obligations.stream().filter(o -> o.status() == status).toList();
    }
}
