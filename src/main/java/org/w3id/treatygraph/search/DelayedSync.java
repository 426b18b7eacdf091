package org.w3id.treatygraph.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the search index durable a few seconds after the last write ({@link SearchIndex#sync()}), in a thread of its
 * own: a burst of writes costs one sync, and an index a crash catches unsynced is only rebuilt at the next start.
 */
final class DelayedSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DelayedSync.class);

    private final SearchIndex index;
    private final long delayMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "treatygraph-search-sync");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    DelayedSync(SearchIndex index, long delayMillis) {
        this.index = index;
        this.delayMillis = delayMillis;
    }

    /** After a write: the sync waits until {@code delayMillis} have passed without another. */
    synchronized void written() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> {
            try {
                index.sync();
            } catch (RuntimeException e) {
                LOG.warn("The search index could not be synced; it stays current for searches and is rebuilt if the"
                        + " server stops before the next sync", e);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer; a sync under way completes first. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
