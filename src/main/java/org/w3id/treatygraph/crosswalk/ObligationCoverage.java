package org.w3id.treatygraph.crosswalk;

import java.util.List;

/** A Hanoi obligation of a mapped provision, its counterparts in the other treaties and what they do for a State. */
public record ObligationCoverage(String obligation, String label, int article, String provision,
                                 String provisionLabel, String modality, List<Counterpart> counterparts) {

    public CoverageStatus status() {
        return CoverageStatus.of(counterparts);
    }
}
