package org.w3id.treatygraph.write;

/** A request that is malformed in a way the client can fix; answered with its status and message. */
class BadRequestException extends RuntimeException {
    private final int status;

    BadRequestException(String message) {
        this(400, message);
    }

    BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
