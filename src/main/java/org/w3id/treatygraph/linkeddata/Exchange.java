package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.treatygraph.web.PageRenderer;

/**
 * One request to the linked-data layer and the helpers to answer it: the public base it was made on,
 * HEAD handling (headers only), CORS for reads, and the plain responses (303, 404, 406).
 */
public final class Exchange {
    private static final String EXPOSED = "Link, ETag, Last-Modified, Location, Content-Location, Vary";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final IriRewriter rewriter;

    Exchange(HttpServletRequest request, HttpServletResponse response, IriRewriter rewriter) {
        this.request = request;
        this.response = response;
        this.rewriter = rewriter;
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
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

    public PageRenderer.Site site() {
        return new PageRenderer.Site(rewriter.publicBase());
    }

    public String accept() {
        return request.getHeader("Accept");
    }

    public boolean isHead() {
        return "HEAD".equals(request.getMethod());
    }

    /** Sends a body produced by {@code writer}, or only its headers for HEAD. */
    public void send(int status, String contentType, BodyWriter writer) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.write(buffer);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(buffer.size());
        if (!isHead()) {
            buffer.writeTo(response.getOutputStream());
        }
    }

    public void sendText(int status, String text) throws IOException {
        send(status, "text/plain;charset=utf-8", out -> out.write((text + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    public void redirect(int status, String location) {
        response.setStatus(status);
        response.setHeader("Location", location);
    }

    /**
     * The representation the {@code Accept} header prefers among {@code offers}, with {@code Vary: Accept};
     * empty after answering 406 when none is acceptable.
     */
    public Optional<Representation> negotiate(List<Representation> offers) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<Representation> chosen = ContentNegotiator.choose(accept(), offers);
        if (chosen.isEmpty()) {
            notAcceptable(offers);
        }
        return chosen;
    }

    /** 406 with the list of media types that can be served. */
    private void notAcceptable(List<Representation> offers) throws IOException {
        String types = offers.stream().map(Representation::mediaType).collect(Collectors.joining(", "));
        sendText(HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the media types in the Accept header ("
                + accept() + ") can be served here. Available: " + types
                + ". Or ask for a format by its file extension, e.g. " + request.getRequestURI() + ".ttl");
    }

    /** Writes a response body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
