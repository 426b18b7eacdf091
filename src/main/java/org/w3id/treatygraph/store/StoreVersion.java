package org.w3id.treatygraph.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Version current() {
        return current.get();
    }

    /**
     * Records a change of content, then runs the listeners (in the caller's thread, after the change was
     * committed): what derives from the content, like the search index, is current when the write answers.
     */
    public void bump() {
        current.updateAndGet(v -> new Version(v.number() + 1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        listeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after every {@link #bump()}. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
