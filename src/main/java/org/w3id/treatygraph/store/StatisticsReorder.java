package org.w3id.treatygraph.store;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.sse.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which TDB2 joins the triple patterns of a BGP, for one store: by {@link QueryStatistics} once they
 * exist, TDB2's fixed order before. TDB2 reads a store's {@code stats.opt} only when it opens the store; this order
 * is handed to TDB2 at open and follows the statistics as they are gathered again: after every load, and after API
 * writes once they have changed a twentieth of the statements (estimates need not follow each write), in a
 * background thread so that no write waits for it. The statistics are also written where TDB2's tools read them.
 */
public final class StatisticsReorder implements ReorderTransformation, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsReorder.class);
    /** Writes change at least this many statements, or this share of them, before the statistics are gathered again. */
    private static final long MIN_CHANGES = 1_000;
    private static final double SHARE = 0.05;

    private volatile ReorderTransformation order = ReorderLib.fixed();
    private volatile long gatheredFrom;
    private final AtomicLong changesSince = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "treatygraph-statistics");
        thread.setDaemon(true);
        return thread;
    });
    /** The database folder the statistics file is written to; null in memory. */
    private volatile Path folder;
    private volatile boolean closing;

    @Override
    public ReorderProc reorderIndexes(BasicPattern pattern) {
        return order.reorderIndexes(pattern);
    }

    @Override
    public BasicPattern reorder(BasicPattern pattern) {
        return order.reorder(pattern);
    }

    /** At open: the statistics a previous run left in {@code folder}, else gathered in the background. */
    void open(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        Item stats = folder == null ? null : QueryStatistics.read(folder);
        if (stats != null) {
            use(stats);
        } else if (folder != null) {
            refreshLater(dataset);
        }
    }

    /** True once statistics are in use. */
    public boolean active() {
        return order instanceof ReorderWeighted;
    }

    /**
     * After a load: gathers the statistics of {@code dataset} now and uses them, writing them into {@code folder},
     * the storage the load left in use (a bulk load switches to a new one); null in memory.
     */
    synchronized void refresh(DatasetGraph dataset, Path folder) {
        if (folder != null) {
            this.folder = folder;
        }
        refresh(dataset);
    }

    /** Gathers the statistics of {@code dataset} now and uses them. */
    public synchronized void refresh(DatasetGraph dataset) {
        Item stats = QueryStatistics.gather(dataset, () -> closing);
        use(stats);
        changesSince.set(0);
        Path target = folder;
        if (target != null) {
            QueryStatistics.write(stats, target);
        }
    }

    /** After a write that changed {@code statements}: gathers again in the background once enough have changed. */
    public void changed(long statements, DatasetGraph dataset) {
        long since = changesSince.addAndGet(statements);
        if (since >= Math.max(MIN_CHANGES, (long) (gatheredFrom * SHARE))) {
            refreshLater(dataset);
        }
    }

    private void refreshLater(DatasetGraph dataset) {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                refresh(dataset);
            } catch (CancellationException closing) {
                LOG.debug(closing.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Could not gather the query statistics again; queries keep the previous ones", e);
            } finally {
                refreshing.set(false);
            }
        });
    }

    private void use(Item stats) {
        order = new ReorderWeighted(new StatsMatcher(stats));
        gatheredFrom = QueryStatistics.triples(stats);
    }

    /** Stops a gathering under way (it reads the store, which is about to close). */
    @Override
    public void close() {
        closing = true;
        background.shutdown();
        try {
            background.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
