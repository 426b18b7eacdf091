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
}
