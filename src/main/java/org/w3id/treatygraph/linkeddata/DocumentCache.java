package org.w3id.treatygraph.linkeddata;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Answers prepared from the store kept in memory, least recently used first out, up to a total weight (bytes for
 * documents, entries for redirects). An entry is valid for one store version: when the version changes, the first
 * access empties the cache, so a write is never answered with something prepared before it. The key must name
 * everything the entry depends on besides the version (path, representation, public base, variant).
 */
final class DocumentCache<V> {
    private final long maxWeight;
    private final ToLongFunction<V> weight;
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long total;

    DocumentCache(long maxWeight, ToLongFunction<V> weight) {
        this.maxWeight = maxWeight;
        this.weight = weight;
    }

    /** The entry of {@code key} prepared for {@code storeVersion}, or null. */
    synchronized V get(long storeVersion, String key) {
        sync(storeVersion);
        return entries.get(key);
    }

    /** Keeps {@code value} unless it weighs more than an eighth of the cache. */
    synchronized void put(long storeVersion, String key, V value) {
        sync(storeVersion);
        long added = weight.applyAsLong(value);
        if (added > maxWeight / 8) {
            return;
        }
        V previous = entries.put(key, value);
        total += added - (previous == null ? 0 : weight.applyAsLong(previous));
        Iterator<Map.Entry<String, V>> eldest = entries.entrySet().iterator();
        while (total > maxWeight && eldest.hasNext()) {
            total -= weight.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private void sync(long storeVersion) {
        if (storeVersion != version) {
            entries.clear();
            total = 0;
            version = storeVersion;
        }
    }
}
