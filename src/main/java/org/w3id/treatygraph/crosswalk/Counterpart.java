package org.w3id.treatygraph.crosswalk;

import java.time.LocalDate;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * One mapping of a Hanoi obligation's provision, seen from a State on a date: the mapping, its kind, the compared
 * treaty and its provision (null for no counterpart), with labels, the curator's note, evidence and confidence, and
 * the date of the State's instrument to that treaty when it was deposited by the date asked (null otherwise).
 */
public record Counterpart(String mapping, String kind, String treaty, String treatyLabel, String provision,
                          String provisionLabel, String note, String evidence, String confidence, LocalDate consentBy) {

    public boolean bound() {
        return consentBy != null;
    }

    /** Exact, close, or a broader counterpart: the State's duty under it includes the Hanoi one. */
    boolean covers() {
        return kind.equals(Vocab.SKOS + "exactMatch") || kind.equals(Vocab.SKOS + "closeMatch")
                || kind.equals(Vocab.SKOS + "broadMatch");
    }

    /** A narrower counterpart: the Hanoi provision says more. */
    boolean coversPart() {
        return kind.equals(Vocab.SKOS + "narrowMatch");
    }

    /** The kind's local name: exactMatch … relatedMatch, or noCounterpart. */
    public String kindName() {
        return kind.substring(Math.max(kind.lastIndexOf('#'), kind.lastIndexOf('/')) + 1);
    }
}
