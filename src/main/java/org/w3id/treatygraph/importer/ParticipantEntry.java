package org.w3id.treatygraph.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One participant row of a UN depositary status record: the participant as the depositary names it, the
 * footnote markers attached to the name, the date of signature (if any) and the consent to be bound (if any).
 */
public record ParticipantEntry(int row, String participant, List<String> footnotes, Optional<LocalDate> signature,
        Optional<Consent> consent) {

    /** Deposit of an instrument of consent to be bound, of the kind the record's suffix gives. */
    public record Consent(LocalDate date, ConsentKind kind) {}

    /** Consent kinds as the UN depositary marks them after the date: none, "A", "AA" or "a". */
    public enum ConsentKind {
        RATIFICATION("", "Ratification"),
        ACCEPTANCE("A", "Acceptance"),
        APPROVAL("AA", "Approval"),
        ACCESSION("a", "Accession");

        private final String suffix;
        private final String className;

        ConsentKind(String suffix, String className) {
            this.suffix = suffix;
            this.className = className;
        }

        /** The TreatyGraph class of the action (tg:Ratification, …). */
        public String className() {
            return className;
        }

        static Optional<ConsentKind> bySuffix(String suffix) {
            for (ConsentKind kind : values()) {
                if (kind.suffix.equals(suffix)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }
}
