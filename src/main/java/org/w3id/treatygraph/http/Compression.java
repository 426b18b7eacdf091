package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Response compression, in one place: Jetty's {@link GzipHandler} compresses what the routes answer for clients that
 * accept gzip, and documents kept between requests carry their compressed bytes, prepared once, under the same rules
 * (the same test of {@code Accept-Encoding}, the same {@code Vary}, Jetty's {@code --gzip} ETag suffix), so that a
 * kept answer is the one Jetty would have compressed.
 */
public final class Compression {
    /** What every GET and HEAD answer of a compressible route carries. */
    public static final HttpField VARY = ResponseHeaders.field("Vary", "Accept-Encoding");
    public static final HttpField GZIP_ENCODING = CompressedContentFormat.GZIP.getContentEncoding();
    /** Jetty's threshold: smaller bodies are sent as they are. */
    public static final int MIN_SIZE = GzipHandler.DEFAULT_MIN_GZIP_SIZE;

    private Compression() {}

    /**
     * The handler that compresses answers. HEAD is included with GET so that both carry {@code Vary: Accept-Encoding}
     * (a HEAD answer has the headers of the GET); request bodies are never inflated, so a small compressed body
     * cannot grow past the body limit.
     */
    public static GzipHandler handler() {
        GzipHandler gzip = new GzipHandler();
        gzip.setInflateBufferSize(-1);
        gzip.addIncludedMethods(HttpMethod.HEAD.asString());
        return gzip;
    }

    /** True when the request accepts gzip, as Jetty's handler decides it. */
    public static boolean accepted(HttpFields requestHeaders) {
        return requestHeaders.contains(HttpHeader.ACCEPT_ENCODING, "gzip");
    }

    /** The same for a servlet request. */
    public static boolean accepted(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders("Accept-Encoding");
        while (values != null && values.hasMoreElements()) {
            if (HttpField.contains(values.nextElement(), "gzip")) {
                return true;
            }
        }
        return false;
    }

    /** The ETag of the compressed form of the representation tagged {@code etag}, as Jetty's handler writes it. */
    public static String etag(String etag) {
        return CompressedContentFormat.GZIP.etag(etag);
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return compressed.toByteArray();
    }
}
