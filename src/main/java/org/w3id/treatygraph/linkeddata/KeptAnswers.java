package org.w3id.treatygraph.linkeddata;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.w3id.treatygraph.http.Compression;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.http.ResponseHeaders;
import org.w3id.treatygraph.http.RouteServlet;

/**
 * The dereferencing answers the {@link DocumentHandler} keeps for the current store version, given by a Jetty handler
 * in front of the servlet layer: a plain GET or HEAD of {@code /id/…} (the 303), {@code /doc/…} or {@code /graph/…}
 * whose answer is kept is written from header fields encoded once and bytes prepared once (gzip when the client
 * accepts it), without Fuseki's filters, its dispatch and the servlet wrappers, which were most of a dereference's
 * cost (docs/benchmarks.md). The answer is the servlet route's, field for field ({@code KeptAnswersTest}): the same
 * CORS and security headers, {@code Vary}, validators and entity fields.
 *
 * <p>Anything else goes on to the servlet layer unchanged: a miss (which that route then prepares and keeps), a query
 * string, a conditional or range request, {@code Accept-Profile}, a request body, a path with escapes or dot segments
 * or with an extension that names no representation, a Host that cannot go into IRIs, nothing acceptable (406), an
 * unknown resource (404).
 */
public final class KeptAnswers extends Handler.Wrapper {
    private static final HttpField VARY_ACCEPT = ResponseHeaders.field("Vary", "Accept");
    private static final HttpField VARY_PROFILE = ResponseHeaders.field("Vary", "Accept-Profile");

    private final DocumentHandler documents;
    private final PublicBase base;
    private final LongAdder answered = new LongAdder();

    public KeptAnswers(DocumentHandler documents, PublicBase base) {
        this.documents = documents;
        this.base = base;
    }

    /** How many requests were answered here, before the servlet layer. */
    public long answered() {
        return answered.sum();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Plain plain = Plain.of(request);
        return plain != null && answer(plain, request, response, callback) || super.handle(request, response, callback);
    }

    private boolean answer(Plain plain, Request request, Response response, Callback callback) {
        String publicBase = base.of(plain.scheme(), plain.host());
        String ownBase = PublicBase.own(plain.scheme(), plain.host());
        if (publicBase == null || ownBase == null) {
            return false;
        }
        String path = plain.path();
        if (AskedDocument.Target.foreignExtension(path)) {
            return false;
        }
        HttpFields.Mutable fields = response.getHeaders();
        if (path.startsWith("/id/")) {
            HttpField location = documents.keptLocation(publicBase, path.substring(4));
            if (location == null) {
                return false;
            }
            answered.increment();
            start(fields);
            fields.add(location);
            response.setStatus(HttpStatus.SEE_OTHER_303);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return true;
        }
        String route = path.startsWith("/doc/") ? "doc/" : path.startsWith("/graph/") ? "graph/" : null;
        DocumentHandler.KeptDocument kept = route == null ? null
                : documents.keptDocument(route, path.substring(route.length() + 1), plain.accept(), publicBase, ownBase);
        if (kept == null) {
            return false;
        }
        PreparedDocument.Encoded encoded = kept.document().encoded(Compression.accepted(request.getHeaders()));
        answered.increment();
        start(fields);
        if (kept.variesByAccept()) {
            fields.add(VARY_ACCEPT);
        }
        if (kept.variesByProfile()) {
            fields.add(VARY_PROFILE);
        }
        encoded.answer().forEach(fields::add);
        response.setStatus(HttpStatus.OK_200);
        response.write(true, plain.head() ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(encoded.body()), callback);
        return true;
    }

    /** The fields every route answer starts with: Jetty's compression's {@code Vary}, then the route's own. */
    private static void start(HttpFields.Mutable fields) {
        fields.add(Compression.VARY);
        RouteServlet.ROUTE_HEADERS.forEach(fields::add);
    }

    /** A GET or HEAD without anything that could make its answer differ from a kept one. */
    private record Plain(String scheme, String host, String path, String accept, boolean head) {
        static Plain of(Request request) {
            String method = request.getMethod();
            boolean head = HttpMethod.HEAD.is(method);
            if (!head && !HttpMethod.GET.is(method)) {
                return null;
            }
            HttpURI uri = request.getHttpURI();
            String path = uri.getPath();
            if (uri.getQuery() != null || path == null || !routed(path)) {
                return null;
            }
            String host = null;
            String accept = null;
            for (HttpField field : request.getHeaders()) {
                if (field.getHeader() == null) {
                    if (field.is("Accept-Profile")) {
                        return null;
                    }
                    continue;
                }
                switch (field.getHeader()) {
                    case HOST -> host = field.getValue();
                    case ACCEPT -> {
                        if (accept != null) {
                            return null;
                        }
                        accept = field.getValue();
                    }
                    case CONTENT_LENGTH -> {
                        if (!"0".equals(field.getValue())) {
                            return null;
                        }
                    }
                    case IF_MATCH, IF_NONE_MATCH, IF_MODIFIED_SINCE, IF_UNMODIFIED_SINCE, IF_RANGE, RANGE,
                         TRANSFER_ENCODING, CONTENT_ENCODING, EXPECT -> {
                        return null;
                    }
                    default -> { }
                }
            }
            return new Plain(uri.getScheme(), host, path, accept, head);
        }

        /** Under a dereferencing route, without escapes, parameters, empty or dot segments. */
        private static boolean routed(String path) {
            return (path.startsWith("/id/") || path.startsWith("/doc/") || path.startsWith("/graph/"))
                    && path.indexOf('%') < 0 && path.indexOf(';') < 0 && !path.contains("/.") && !path.contains("//");
        }
    }
}
