package org.w3id.treatygraph.store;

import org.w3id.treatygraph.validation.ValidationOutcome;

/** The curated files do not conform to the shapes; nothing was loaded. */
public class InvalidDataException extends RuntimeException {
    private final transient ValidationOutcome outcome;

    public InvalidDataException(ValidationOutcome outcome) {
        super(outcome.summary());
        this.outcome = outcome;
    }

    public ValidationOutcome outcome() {
        return outcome;
    }
}
