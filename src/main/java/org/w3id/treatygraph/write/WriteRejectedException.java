package org.w3id.treatygraph.write;

import org.w3id.treatygraph.validation.NonConformingException;
import org.w3id.treatygraph.validation.ValidationOutcome;

/** A write that would leave the store not conforming to the shapes; nothing of it was committed. */
public class WriteRejectedException extends NonConformingException {
    public WriteRejectedException(ValidationOutcome outcome) {
        super(outcome);
    }
}
