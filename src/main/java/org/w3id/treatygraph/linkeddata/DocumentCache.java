package org.w3id.treatygraph.linkeddata;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered documents kept in memory, least recently used first out, up to a total size. An entry is
 * valid for one store version: when the version changes, the first access empties the cache, so a write is
 * never answered with a document rendered before it. The key must name everything the body depends on
 * besides the version (the ETag does: path, representation and public base).
 */
final class DocumentCache {
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long bytes;

    DocumentCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<byte[]> get(long storeVersion, String key) {
        sync(storeVersion);
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps {@code body} unless it is larger than an eighth of the cache. */
    synchronized void put(long storeVersion, String key, byte[] body) {
        sync(storeVersion);
        if (body.length > maxBytes / 8) {
            return;
        }
        byte[] previous = entries.put(key, body);
        bytes += body.length - (previous == null ? 0 : previous.length);
        Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private void sync(long storeVersion) {
        if (storeVersion != version) {
            entries.clear();
            bytes = 0;
            version = storeVersion;
        }
    }
}
