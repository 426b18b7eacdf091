package org.w3id.treatygraph.write;

import org.w3id.treatygraph.validation.ValidationOutcome;

/** A write that would leave the store not conforming to the shapes; nothing of it was committed. */
public class WriteRejectedException extends RuntimeException {
    private final transient ValidationOutcome outcome;

    public WriteRejectedException(ValidationOutcome outcome) {
        super(outcome.summary());
        this.outcome = outcome;
    }

    public ValidationOutcome outcome() {
        return outcome;
    }
}
