package org.w3id.treatygraph.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The kept answers given before the servlet layer ({@link KeptAnswers}) are the servlet route's answers: for every
 * representation, negotiated or by extension, GET and HEAD, with and without gzip, from another origin, and for the
 * 303s, the answer of the route (the first request after a change of version, which renders and keeps the document)
 * and the kept one (the next) have the same status, the same header fields and the same bytes.
 */
class KeptAnswersTest {
    private static final String ARTICLE = "treaty/un-cybercrime-convention/article/16";
    /** A party: its page shows the status on today's date (a variant of the page). */
    private static final String STATE = "state/VNM";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void everyDocumentRepresentationIsTheServletRoutesAnswer() throws Exception {
        int compared = 0;
        for (String document : List.of("/doc/" + ARTICLE, "/doc/" + STATE, "/graph/treaty-text")) {
            for (Representation representation : Representation.DOCUMENT) {
                for (String method : List.of("GET", "HEAD")) {
                    for (boolean gzip : List.of(false, true)) {
                        sameAnswer(method, document + "." + representation.extension(), gzip ? gzip() : none());
                        sameAnswer(method, document, with(gzip, "Accept", representation.mediaType()));
                        compared += 2;
                    }
                }
            }
        }
        assertEquals(3 * 7 * 2 * 2 * 2, compared);
    }

    @Test
    void theAnswersOfIdAndOtherOriginsAreTheServletRoutes() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            for (String path : List.of("/id/" + ARTICLE, "/id/" + STATE + ".html")) {
                HttpResponse<byte[]> kept = sameAnswer(method, path, none());
                assertEquals(303, kept.statusCode());
                sameAnswer(method, path, "Origin", "https://example.org", "Accept-Encoding", "gzip");
            }
            sameAnswer(method, "/doc/" + ARTICLE + ".ttl", "Origin", "https://example.org", "Accept-Encoding", "gzip");
        }
    }

    @Test
    void gzipIsTheSameDocumentCompressedWithItsOwnTag() throws Exception {
        String path = "/doc/" + ARTICLE + ".html";
        HttpResponse<byte[]> plain = server.getWith(path);
        HttpResponse<byte[]> gzip = server.getWith(path, "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gzip, "Content-Encoding"));
        assertArrayEquals(plain.body(), gunzip(gzip.body()));
        assertEquals(Integer.toString(gzip.body().length), header(gzip, "Content-Length"));
        assertEquals(header(plain, "ETag").replaceAll("\"$", "--gzip\""), header(gzip, "ETag"));
        assertEquals(List.of("Accept-Encoding"), gzip.headers().allValues("Vary"));
    }

    @Test
    void headCarriesTheHeadersOfGetWithVaryAcceptEncoding() throws Exception {
        for (String path : List.of("/doc/" + ARTICLE + ".ttl", "/id/" + ARTICLE)) {
            for (String[] headers : List.of(none(), gzip())) {
                HttpResponse<byte[]> get = server.getWith(path, headers);
                HttpResponse<byte[]> head = server.send("HEAD", path, headers);
                assertEquals(get.statusCode(), head.statusCode());
                assertEquals(0, head.body().length);
                assertEquals(lasting(get.headers()), lasting(head.headers()), path);
                assertTrue(head.headers().allValues("Vary").contains("Accept-Encoding"), path);
            }
        }
    }

    @Test
    void conditionalRequestsAreAnsweredByTheRouteWith304() throws Exception {
        String path = "/doc/" + ARTICLE + ".ttl";
        for (String[] encoding : List.of(none(), gzip())) {
            HttpResponse<byte[]> first = server.getWith(path, encoding);
            String etag = header(first, "ETag");
            long kept = server.keptAnswers();
            HttpResponse<byte[]> current = server.getWith(path, with(encoding.length > 0, "If-None-Match", etag));
            assertEquals(304, current.statusCode());
            assertEquals(0, current.body().length);
            assertEquals(etag, header(current, "ETag"));
            assertEquals(200, server.getWith(path, with(encoding.length > 0, "If-None-Match", "\"other\"")).statusCode());
            assertEquals(kept, server.keptAnswers(), "a conditional request was answered before the route");
        }
    }

    @Test
    void unusualRequestsGoOnToTheRoute() throws Exception {
        server.getWith("/doc/" + STATE + ".html");
        server.getWith("/doc/" + ARTICLE + ".trig");
        long kept = server.keptAnswers();
        HttpResponse<byte[]> dated = server.getWith("/doc/" + STATE + ".html?at=2025-01-01");
        assertEquals(200, dated.statusCode());
        assertFalse(new String(dated.body(), java.nio.charset.StandardCharsets.UTF_8).isEmpty());
        assertEquals(400, server.getWith("/doc/" + STATE + ".html?at=yesterday").statusCode());
        assertEquals(200, server.getWith("/doc/" + ARTICLE, "Accept", "application/trig",
                "Accept-Profile", "<" + DocumentHandler.PROVENANCE_PROFILE + ">").statusCode());
        assertEquals(406, server.getWith("/doc/" + ARTICLE, "Accept", "image/png").statusCode());
        assertEquals(404, server.getWith("/id/state/ZZZ").statusCode());
        assertEquals(404, server.getWith("/doc/state/ZZZ.ttl").statusCode());
        assertEquals(404, server.getWith("/doc/" + ARTICLE + ".gz").statusCode());
        assertEquals(kept, server.keptAnswers(), "an unusual request was answered before the route");
        assertEquals(200, server.getWith("/doc/" + STATE + ".html").statusCode());
        assertEquals(kept + 1, server.keptAnswers(), "a plain request for a kept page went to the route");
    }

    /**
     * The route's answer (nothing kept after a new version) and the kept one: the same status, fields and bytes; the
     * route did not answer before the servlet layer, the second request did.
     */
    private static HttpResponse<byte[]> sameAnswer(String method, String path, String... headers) throws Exception {
        server.store().version().bump();
        long before = server.keptAnswers();
        HttpResponse<byte[]> route = request(method, path, headers);
        assertEquals(before, server.keptAnswers(), method + " " + path + " was kept before it was prepared");
        HttpResponse<byte[]> kept = request(method, path, headers);
        String what = method + " " + path + " " + String.join(" ", headers);
        assertEquals(before + 1, server.keptAnswers(), what + " was not answered before the servlet layer");
        assertEquals(route.statusCode(), kept.statusCode(), what);
        assertEquals(lasting(route.headers()), lasting(kept.headers()), what);
        assertArrayEquals(route.body(), kept.body(), what);
        return kept;
    }

    private static HttpResponse<byte[]> request(String method, String path, String... headers)
            throws IOException, InterruptedException {
        return method.equals("GET") ? server.getWith(path, headers) : server.send(method, path, headers);
    }

    /** Every header but the time of the answer. */
    private static Map<String, List<String>> lasting(HttpHeaders headers) {
        Map<String, List<String>> lasting = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        lasting.putAll(headers.map());
        lasting.remove("date");
        return lasting;
    }

    private static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String[] none() {
        return new String[0];
    }

    private static String[] gzip() {
        return new String[] {"Accept-Encoding", "gzip"};
    }

    private static String[] with(boolean gzip, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (gzip) {
            all.addAll(List.of(gzip()));
        }
        return all.toArray(String[]::new);
    }

    static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
