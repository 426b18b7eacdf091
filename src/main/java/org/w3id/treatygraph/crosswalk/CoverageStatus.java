package org.w3id.treatygraph.crosswalk;

import java.util.List;

/**
 * What a State's other treaties do for one Hanoi obligation: a counterpart it is bound by matches it (exact or
 * close, or the counterpart is broader), one only partly matches it (the Hanoi provision says more), or none does.
 */
public enum CoverageStatus {
    COVERED("covered", "already carried through a counterpart"),
    PARTLY("partly", "a counterpart covers part of it"),
    NEW("new", "new for this State");

    private final String word;
    private final String description;

    CoverageStatus(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** The status given by the counterparts of an obligation, each with whether the State is bound by its treaty. */
    static CoverageStatus of(List<Counterpart> counterparts) {
        if (counterparts.stream().anyMatch(c -> c.bound() && c.covers())) {
            return COVERED;
        }
        return counterparts.stream().anyMatch(c -> c.bound() && c.coversPart()) ? PARTLY : NEW;
    }
}
