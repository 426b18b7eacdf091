package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
import org.w3id.treatygraph.http.Compression;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.ResponseHeaders;

/**
 * One rendered document with everything its answer carries, prepared once per store version: the body and its gzip
 * form, each with its validators, and the header fields (Content-Location, Link with every alternate,
 * Content-Profile, the entity's type, encoding and length), encoded once. A hit in the {@link DocumentCache} then
 * costs a lookup and a copy, not a rendering, a compression or a header built per request; the servlet route
 * ({@link #send}) and the kept answers before the servlet layer ({@link KeptAnswers}) write the same fields.
 *
 * @param about the fields that describe the document, sent with a 304 too
 * @param plain the body as rendered
 * @param gzip the body compressed, or null when it is too small to be compressed
 */
record PreparedDocument(List<HttpField> about, Encoded plain, Encoded gzip) {

    /**
     * One encoding of the body.
     *
     * @param entity the fields of a 200 besides {@code about} and the validators: type, encoding, length
     * @param answer every field of a 200 that the document decides, in the order the servlet route puts them
     */
    record Encoded(byte[] body, HttpCaching.Validators validators, List<HttpField> entity, List<HttpField> answer) {
        static Encoded of(byte[] body, HttpCaching.Validators validators, List<HttpField> about, HttpField... type) {
            List<HttpField> entity = new ArrayList<>(List.of(type));
            entity.add(ResponseHeaders.field("Content-Length", Integer.toString(body.length)));
            List<HttpField> answer = Stream.of(about, List.of(validators.etagField(), validators.lastModifiedField()),
                    entity).flatMap(List::stream).toList();
            return new Encoded(body, validators, List.copyOf(entity), answer);
        }
    }

    /**
     * @param resourceIri the public IRI the document is about
     * @param documentUrl the public URL of the document without an extension
     * @param profile the public IRI of the profile the body follows, or null
     */
    static PreparedDocument of(byte[] body, HttpCaching.Validators validators, String resourceIri,
                               String documentUrl, Representation representation, String profile) {
        List<HttpField> about = new ArrayList<>();
        if (profile != null) {
            about.add(ResponseHeaders.field("Content-Profile", "<" + profile + ">"));
        }
        about.add(ResponseHeaders.field("Content-Location", documentUrl + "." + representation.extension()));
        about.add(ResponseHeaders.field("Link", linkHeader(resourceIri, alternates(documentUrl))));
        HttpField type = ResponseHeaders.field("Content-Type", representation.contentType());
        Encoded plain = Encoded.of(body, validators, about, type);
        Encoded gzip = body.length < Compression.MIN_SIZE ? null
                : Encoded.of(Compression.gzip(body), validators.compressed(), about, type, Compression.GZIP_ENCODING);
        return new PreparedDocument(List.copyOf(about), plain, gzip);
    }

    /** The formats of the document at {@code documentUrl}, as links. */
    static List<Link> alternates(String documentUrl) {
        List<Link> links = new ArrayList<>();
        for (Representation representation : Representation.DOCUMENT) {
            String name = representation.isHtml() ? "HTML" : representation.lang().getLabel();
            links.add(new Link(name, documentUrl + "." + representation.extension(), representation.mediaType()));
        }
        return links;
    }

    /** The encoding a client gets: gzip when it accepts it and the body was worth compressing. */
    Encoded encoded(boolean acceptsGzip) {
        return acceptsGzip && gzip != null ? gzip : plain;
    }

    /** Bytes kept: both bodies. */
    long weight() {
        return plain.body().length + (gzip == null ? 0 : gzip.body().length);
    }

    /** Answers through the servlet API: 304 when the client's copy is current, else 200 (the body unless HEAD). */
    void send(HttpServletRequest request, HttpServletResponse response, boolean acceptsGzip) throws IOException {
        Encoded encoded = encoded(acceptsGzip);
        about.forEach(field -> ResponseHeaders.put(response, field));
        if (HttpCaching.notModified(request, response, encoded.validators())) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        encoded.entity().forEach(field -> ResponseHeaders.put(response, field));
        // Also through the servlet API, so that Jetty's servlet output knows when the body is complete.
        response.setContentLength(encoded.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(encoded.body());
        }
    }

    private static String linkHeader(String resourceIri, List<Link> alternates) {
        StringBuilder header = new StringBuilder("<" + resourceIri + ">; rel=\"about\", <" + DescriptionRenderer.LICENSE
                + ">; rel=\"license\"");
        for (Link alternate : alternates) {
            header.append(", <").append(alternate.href()).append(">; rel=\"alternate\"; type=\"")
                    .append(alternate.title()).append('"');
        }
        return header.toString();
    }
}
