package org.w3id.treatygraph.http;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request that cannot be answered as asked: the HTTP status, a message a person can act on, an optional
 * detail (a parser's report, a list of choices) and headers the answer must carry. Thrown anywhere below a
 * route or an operation; {@link ErrorResponder} renders it, in one place.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final String detail;
    private final Map<String, String> headers;

    public HttpError(int status, String message) {
        this(status, message, null, Map.of());
    }

    public HttpError(int status, String message, String detail, Map<String, String> headers) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an error status: " + status);
        }
        this.status = status;
        this.detail = detail;
        this.headers = Map.copyOf(headers);
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }

    public static HttpError methodNotAllowed(String method, String allowed) {
        return new HttpError(405, "Use " + allowed + " here, not " + method + ".", null, Map.of("Allow", allowed));
    }

    /** 406, naming what can be served and how to ask for it by extension. */
    public static HttpError notAcceptable(String accept, List<Representation> offers, String path) {
        String types = offers.stream().map(Representation::mediaType).collect(Collectors.joining(", "));
        return new HttpError(406, "None of the media types in the Accept header (" + accept + ") can be served here."
                + " Available: " + types + ". Or ask for a format by its file extension, e.g. " + path + ".ttl");
    }

    public static HttpError unsupportedMediaType(String contentType, List<Representation> accepted) {
        String types = accepted.stream().map(Representation::mediaType).collect(Collectors.joining(", "));
        return new HttpError(415, "Unsupported Content-Type '" + contentType + "'. Send one of: " + types + ".");
    }

    /** 413; the rest of the body is not read, so the connection is closed. */
    public static HttpError payloadTooLarge(String message) {
        return new HttpError(413, message, null, Map.of("Connection", "close"));
    }

    public int status() {
        return status;
    }

    /** More about the error (a report, the choices), or null. */
    public String detail() {
        return detail;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
