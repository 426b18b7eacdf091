package org.w3id.treatygraph.store;

/** A curated file that cannot be read: a syntax error or a triple outside any named graph. */
public class DataFileException extends RuntimeException {
    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataFileException(String message) {
        super(message);
    }
}
