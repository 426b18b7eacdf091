package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * One request to a route and the helpers to answer it: the rest of the path after the route's prefix, the
 * public base it was made on, content negotiation, and bodies sent whole (headers only for HEAD).
 */
public final class Exchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final IriRewriter rewriter;
    private final String rest;

    public Exchange(HttpServletRequest request, HttpServletResponse response, IriRewriter rewriter, String rest) {
        this.request = request;
        this.response = response;
        this.rewriter = rewriter;
        this.rest = rest;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public IriRewriter rewriter() {
        return rewriter;
    }

    /** The base of the server as this request reached it: see {@link PublicBase#own}. */
    public String ownBase() {
        return PublicBase.own(request);
    }

    /** The path after the route's prefix: "state/VNM" for {@code /id/state/VNM}, ".ttl" for {@code /shapes.ttl}. */
    public String rest() {
        return rest;
    }

    public String accept() {
        return request.getHeader("Accept");
    }

    /** A query parameter, or null. */
    public String parameter(String name) {
        return request.getParameter(name);
    }

    /** Sends a body produced by {@code writer}, or only its headers for HEAD. */
    public void send(int status, String contentType, BodyWriter writer) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.write(buffer);
        send(status, contentType, buffer.toByteArray());
    }

    public void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    public void sendText(int status, String text) throws IOException {
        send(status, Representation.TEXT.contentType(), (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public void redirect(int status, String location) {
        response.setStatus(status);
        response.setHeader("Location", location);
    }

    /**
     * The representation the {@code Accept} header prefers among {@code offers}, with {@code Vary: Accept}.
     *
     * @throws HttpError 406 when none is acceptable
     */
    public Representation negotiate(List<Representation> offers) {
        response.addHeader("Vary", "Accept");
        return ContentNegotiator.choose(accept(), offers)
                .orElseThrow(() -> HttpError.notAcceptable(accept(), offers, request.getRequestURI()));
    }

    /**
     * The representation named by an extension in {@link #rest()} (".ttl"), or else by {@code Accept}.
     *
     * @throws HttpError 404 for an unknown extension or a longer path, 406 when nothing is acceptable
     */
    public Representation negotiateWithExtension(List<Representation> offers) {
        if (rest.startsWith(".")) {
            return Representation.forExtension(rest.substring(1), offers).orElseThrow(() -> HttpError.notFound(
                    "No such format: " + rest + ". Available: " + String.join(", ",
                            offers.stream().map(r -> "." + r.extension()).toList())));
        }
        if (!rest.isEmpty()) {
            throw HttpError.notFound("Not found: " + request.getRequestURI());
        }
        return negotiate(offers);
    }

    /** Writes a response body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
