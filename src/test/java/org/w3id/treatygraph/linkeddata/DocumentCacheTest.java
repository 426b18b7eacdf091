package org.w3id.treatygraph.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.vocab.TG;

class DocumentCacheTest {

    @Test
    void keepsEntriesOfOneVersionAndForgetsThemWhenTheVersionChanges() {
        DocumentCache<byte[]> cache = new DocumentCache<byte[]>(1000, body -> body.length);
        cache.put(1, "a", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get(1, "a"));
        assertNull(cache.get(2, "a"), "an entry of an older version was served");
        assertEquals(0, cache.size());
    }

    @Test
    void evictsTheLeastRecentlyUsedAndSkipsLargeBodies() {
        DocumentCache<byte[]> cache = new DocumentCache<byte[]>(800, body -> body.length);
        cache.put(1, "a", new byte[100]);
        cache.put(1, "b", new byte[100]);
        cache.get(1, "a");
        for (int i = 0; i < 6; i++) {
            cache.put(1, "filler" + i, new byte[100]);
        }
        cache.put(1, "c", new byte[100]);
        assertNotNull(cache.get(1, "a"), "the recently used entry was evicted");
        assertNull(cache.get(1, "b"), "the least recently used entry was kept");
        cache.put(1, "large", new byte[101]);
        assertNull(cache.get(1, "large"), "a body over an eighth of the cache was kept");
    }

    @Test
    void aChangeOfTheStoreIsServedAtOnce() throws Exception {
        try (RunningServer server = new RunningServer()) {
            String path = "/doc/treaty/un-cybercrime-convention/article/16.ttl";
            HttpResponse<byte[]> before = server.get(path, null);
            assertArrayEquals(before.body(), server.get(path, null).body(), "a cached document differs");
            var store = server.store();
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(Quad.create(TG.graph("treaty-text"),
                    NodeFactory.createURI(TG.ID + "treaty/un-cybercrime-convention/article/16"), RDFS.comment.asNode(),
                    NodeFactory.createLiteralString("added after the first request"))));
            store.version().bump();
            HttpResponse<byte[]> after = server.get(path, null);
            assertTrue(new String(after.body(), StandardCharsets.UTF_8).contains("added after the first request"));
            assertFalse(new String(before.body(), StandardCharsets.UTF_8).contains("added after the first request"));
            assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
        }
    }

    private static final String ARTICLE_16 = "treaty/un-cybercrime-convention/article/16";
    /** Headers that differ between two answers whatever the cache does. */
    private static final java.util.Set<String> PER_ANSWER = java.util.Set.of("date", "etag", "last-modified");

    private static java.util.Map<String, java.util.List<String>> lasting(HttpResponse<byte[]> response) {
        java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.keySet().removeIf(name -> PER_ANSWER.contains(name.toLowerCase(java.util.Locale.ROOT)) || name.startsWith(":"));
        return headers;
    }

    @Test
    void aKeptDocumentIsTheFreshlyRenderedOneWithTheSameHeaders() throws Exception {
        try (RunningServer server = new RunningServer()) {
            for (String path : java.util.List.of("/doc/" + ARTICLE_16 + ".ttl", "/doc/" + ARTICLE_16 + ".html",
                    "/doc/" + ARTICLE_16 + ".trig", "/doc/state/VNM.jsonld", "/graph/treaty-text.nt")) {
                HttpResponse<byte[]> rendered = server.get(path, null);
                HttpResponse<byte[]> kept = server.get(path, null);
                assertEquals(200, kept.statusCode(), path);
                assertArrayEquals(rendered.body(), kept.body(), "the kept body of " + path + " differs");
                assertEquals(lasting(rendered), lasting(kept), "the kept headers of " + path + " differ");
                assertEquals(rendered.headers().firstValue("ETag"), kept.headers().firstValue("ETag"));
                // A new version without a change of content: rendered afresh, the same bytes under a new ETag.
                server.store().version().bump();
                HttpResponse<byte[]> again = server.get(path, null);
                assertArrayEquals(rendered.body(), again.body(), "a fresh rendering of " + path + " differs");
                assertEquals(lasting(rendered), lasting(again));
                assertNotEquals(rendered.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
            }
        }
    }

    @Test
    void aKeptDocumentAnswersConditionalRequestsAndHead() throws Exception {
        try (RunningServer server = new RunningServer()) {
            String path = "/doc/" + ARTICLE_16 + ".ttl";
            HttpResponse<byte[]> first = server.get(path, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> current = server.getWith(path, "If-None-Match", "\"other\", " + etag);
            assertEquals(304, current.statusCode());
            assertEquals(0, current.body().length);
            assertEquals(etag, current.headers().firstValue("ETag").orElseThrow());
            assertEquals(304, server.getWith(path, "If-Modified-Since", modified).statusCode());
            assertEquals(200, server.getWith(path, "If-None-Match", "\"other\"").statusCode());
            HttpResponse<byte[]> head = server.send("HEAD", path);
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            // HEAD has the headers of the GET, "Vary: Accept-Encoding" included.
            assertEquals(lasting(first), lasting(head));
            server.store().version().bump();
            HttpResponse<byte[]> afterChange = server.getWith(path, "If-None-Match", etag);
            assertEquals(200, afterChange.statusCode(), "an ETag of the previous version was still current");
            assertArrayEquals(first.body(), afterChange.body());
        }
    }

    @Test
    void theAnswersOfIdFollowTheStore() throws Exception {
        try (RunningServer server = new RunningServer()) {
            var dataset = server.store().datasetGraph();
            Quad label = Quad.create(TG.graph("notes"), NodeFactory.createURI(TG.ID + "state/ZZZ"), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("a State added by the test"));
            assertEquals(404, server.get("/id/state/ZZZ", null).statusCode());
            assertEquals(404, server.get("/id/state/ZZZ", null).statusCode(), "the second answer differs");
            Txn.executeWrite(dataset, () -> dataset.add(label));
            server.store().version().bump();
            HttpResponse<byte[]> found = server.get("/id/state/ZZZ.ttl", null);
            assertEquals(303, found.statusCode(), "a resource written after a 404 was not found");
            assertEquals(server.url("/doc/state/ZZZ.ttl"), found.headers().firstValue("Location").orElseThrow());
            assertEquals(303, server.get("/id/state/ZZZ.ttl", null).statusCode());
            Txn.executeWrite(dataset, () -> dataset.delete(label));
            server.store().version().bump();
            assertEquals(404, server.get("/id/state/ZZZ.ttl", null).statusCode(), "a removed resource was redirected");
        }
    }
}
