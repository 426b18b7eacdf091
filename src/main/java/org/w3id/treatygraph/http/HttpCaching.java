package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.w3id.treatygraph.store.StoreVersion;

/**
 * HTTP validators for documents derived from the store: a strong ETag from the store version and what was
 * asked for (path, representation, public base), Last-Modified from the time of the last change, and the
 * {@code 304 Not Modified} decision (RFC 9110: If-None-Match takes precedence over If-Modified-Since).
 */
public final class HttpCaching {

    private HttpCaching() {}

    public static String etag(StoreVersion.Version version, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(version.number()).getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                digest.update((byte) 0);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets ETag and Last-Modified; answers 304 and returns true when the client's copy is current. */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
                               StoreVersion.Version version) {
        return notModified(request, response, Validators.of(etag, version));
    }

    /** The same with validators encoded beforehand, for answers kept between requests. */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, Validators validators) {
        ResponseHeaders.put(response, validators.etagField());
        ResponseHeaders.put(response, validators.lastModifiedField());
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(validators.etag()));
        } else {
            long since = headerDate(request);
            current = since >= 0 && validators.lastModified() <= since;
        }
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    private static long headerDate(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return -1;
        }
    }

    /** An ETag and a Last-Modified time (milliseconds, whole seconds), with their header fields encoded once. */
    public record Validators(String etag, long lastModified, HttpField etagField, HttpField lastModifiedField) {
        public static Validators of(String etag, StoreVersion.Version version) {
            long lastModified = version.modified().toEpochMilli();
            return new Validators(etag, lastModified, ResponseHeaders.field("ETag", etag),
                    ResponseHeaders.field("Last-Modified", DateGenerator.formatDate(lastModified)));
        }

        /**
         * The validators of the gzip form: its ETag carries Jetty's suffix ({@link Compression#etag}), and Jetty's
         * compression takes the suffix off the tags a client sends back, so the comparison is with the same tag.
         */
        public Validators compressed() {
            return new Validators(etag, lastModified, ResponseHeaders.field("ETag", Compression.etag(etag)),
                    lastModifiedField);
        }
    }
}
