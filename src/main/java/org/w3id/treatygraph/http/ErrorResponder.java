package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors are answered: an {@link HttpError} as plain text, JSON or an HTML page, chosen by
 * the request's {@code Accept}; anything else thrown while answering as a 500 that shows the client a
 * request id and a generic sentence, while the log gets the stack trace under the same id.
 */
public final class ErrorResponder {
    private static final Logger LOG = LoggerFactory.getLogger("treatygraph.http");
    private static final List<Representation> OFFERS = List.of(Representation.TEXT, Representation.JSON, Representation.HTML);

    /** Renders an error as an HTML page (the site's look lives with the pages). */
    @FunctionalInterface
    public interface HtmlPage {
        void write(HttpServletRequest request, HttpError error, OutputStream out) throws IOException;
    }

    private final HtmlPage page;

    public ErrorResponder(HtmlPage page) {
        this.page = page;
    }

    /** Answers {@code error}, unless the response is already under way. */
    public void send(HttpServletRequest request, HttpServletResponse response, HttpError error) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("{} {}: {} after the answer had started: {}", request.getMethod(), request.getRequestURI(),
                    error.status(), error.getMessage());
            return;
        }
        response.resetBuffer();
        Representation chosen = ContentNegotiator.choose(request.getHeader("Accept"), OFFERS).orElse(Representation.TEXT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chosen.isHtml()) {
            page.write(request, error, body);
        } else if (chosen.equals(Representation.JSON)) {
            body.writeBytes(json(error).getBytes(StandardCharsets.UTF_8));
        } else {
            String text = error.getMessage() + (error.detail() == null ? "" : "\n\n" + error.detail());
            body.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
        response.setStatus(error.status());
        error.headers().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        String vary = response.getHeader("Vary");
        response.setHeader("Vary", vary == null || vary.isBlank() ? "Accept" : vary + ", Accept");
        response.setContentType(chosen.contentType());
        response.setContentLength(body.size());
        if (!"HEAD".equals(request.getMethod())) {
            body.writeTo(response.getOutputStream());
        }
    }

    /** Answers 500 for a failure the client cannot act on: the id goes to the client, the trace to the log. */
    public void unexpected(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        if (failure instanceof BadMessageException malformed && malformed.getCode() >= 400 && malformed.getCode() < 500) {
            // Jetty found the request itself malformed when it was read (e.g. a query string that is not UTF-8).
            send(request, response, new HttpError(malformed.getCode(), "The request cannot be read ("
                    + malformed.getReason() + "): percent-encode its parameters as UTF-8, e.g. ?q=art%2016(5)."));
            return;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request {} failed: {} {}", id, request.getMethod(), request.getRequestURI(), failure);
        send(request, response, new HttpError(500, "The server failed to answer this request; nothing was changed."
                + " Request id: " + id + " (quote it to the operator, whose log has the cause)."));
    }

    private static String json(HttpError error) {
        JsonObject object = new JsonObject();
        object.put("status", error.status());
        object.put("message", error.getMessage());
        if (error.detail() != null) {
            object.put("detail", error.detail());
        }
        return JSON.toString(object) + "\n";
    }
}
