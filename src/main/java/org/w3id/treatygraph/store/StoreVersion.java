package org.w3id.treatygraph.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A counter of changes to the store's content and the time of the last change: HTTP validators (ETag,
 * Last-Modified) and caches of rendered documents derive from it, so every write must {@link #bump()} it.
 */
public final class StoreVersion {
    /** One state of the store's content. */
    public record Version(long number, Instant modified) {}

    private final AtomicReference<Version> current =
            new AtomicReference<>(new Version(1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));

    public Version current() {
        return current.get();
    }

    /** Records a change of content. */
    public void bump() {
        current.updateAndGet(v -> new Version(v.number() + 1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }
}
