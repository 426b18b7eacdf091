package org.w3id.treatygraph.store;

import org.w3id.treatygraph.validation.NonConformingException;
import org.w3id.treatygraph.validation.ValidationOutcome;

/** The curated files (with the graphs written through the API) do not conform to the shapes; nothing was loaded. */
public class InvalidDataException extends NonConformingException {
    public InvalidDataException(ValidationOutcome outcome) {
        super(outcome);
    }
}
