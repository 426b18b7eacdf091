package org.w3id.treatygraph.importer;

/** An official text that cannot be imported: not a PDF, not the expected document, or numbered unlike the model. */
public class OfficialTextException extends RuntimeException {
    public OfficialTextException(String message) {
        super(message);
    }

    public OfficialTextException(String message, Throwable cause) {
        super(message, cause);
    }
}
