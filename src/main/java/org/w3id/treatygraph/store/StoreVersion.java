package org.w3id.treatygraph.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;

/**
 * A counter of changes to the store's content and the time of the last change: HTTP validators (ETag,
 * Last-Modified) and caches of rendered documents derive from it, so every write must {@link #bump()} it.
 * Every change runs {@link #alone}: one at a time.
 */
public final class StoreVersion {
    /** One state of the store's content. */
    public record Version(long number, Instant modified) {}

    private final AtomicReference<Version> current =
            new AtomicReference<>(new Version(1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    private final List<Consumer<Set<Node>>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock changing = new ReentrantLock();

    public Version current() {
        return current.get();
    }

    /**
     * Records a change of content, then runs the listeners (in the caller's thread, after the change was
     * committed): what derives from the content, like the search index, is current when the write answers.
     */
    public void bump() {
        bump(null);
    }

    /**
     * As {@link #bump()}, for a change of the statements about {@code subjects} only (in any graph, derived
     * ones included); {@code null} when any statement may have changed.
     */
    public void bump(Set<Node> subjects) {
        current.updateAndGet(v -> new Version(v.number() + 1, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        listeners.forEach(listener -> listener.accept(subjects));
    }

    /**
     * Runs {@code change}, which commits to the store and then bumps, so that {@link #whileQuiet} never runs between
     * its commit and the listeners' work (what is derived from the store is then never behind a commit it could see).
     */
    public <T> T committing(Supplier<T> change) {
        synchronized (this) {
            return change.get();
        }
    }

    /** Runs {@code work} while no {@link #committing} change is under way. */
    public void whileQuiet(Runnable work) {
        synchronized (this) {
            work.run();
        }
    }

    /** Runs {@code listener} after every {@link #bump()}. */
    public void onChange(Runnable listener) {
        listeners.add(subjects -> listener.run());
    }

    /** Runs {@code listener} after every bump, with the subjects that changed ({@code null}: any may have). */
    public void onChangeOf(Consumer<Set<Node>> listener) {
        listeners.add(listener);
    }

    /**
     * Runs {@code change} while no other change runs. A write transaction alone would not do: a load builds a new
     * store beside the live one and switches to it, and a write committed to the live one meanwhile would be lost.
     * Call it outside any transaction.
     */
    public <T> T alone(Supplier<T> change) {
        changing.lock();
        try {
            return change.get();
        } finally {
            changing.unlock();
        }
    }
}
