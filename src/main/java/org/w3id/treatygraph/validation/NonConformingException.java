package org.w3id.treatygraph.validation;

/** Data that does not conform to the shapes was refused; the outcome says why, and nothing was stored. */
public class NonConformingException extends RuntimeException {
    private final transient ValidationOutcome outcome;

    public NonConformingException(ValidationOutcome outcome) {
        super(outcome.summary());
        this.outcome = outcome;
    }

    public ValidationOutcome outcome() {
        return outcome;
    }
}
