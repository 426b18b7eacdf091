package org.w3id.treatygraph.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;

/**
 * Who may run a query now: at most {@link Limits#maxConcurrentQueries()} at once on the server (a query waits
 * up to {@link Limits#queryQueueWait()} for a place, then gets 503) and at most
 * {@link Limits#maxQueriesPerClient()} at once from one client address (more get 429 at once), so that one
 * client's runaway queries cannot take every core from everyone else's cheap ones.
 */
public final class QueryAdmission {
    private final Limits limits;
    private final Semaphore places;
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    public QueryAdmission(Limits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.maxConcurrentQueries(), true);
    }

    /** A place to run one query, given back by {@link Permit#close()}. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a place for a query from {@code client} (an address).
     *
     * @throws HttpError 429 when the client already runs its share, 503 when the server stays full
     */
    public Permit admit(String client) {
        String key = client == null ? "" : client;
        int mine = running.merge(key, 1, Integer::sum);
        if (mine > limits.maxQueriesPerClient()) {
            release(key);
            throw new HttpError(429, "You already have " + limits.maxQueriesPerClient() + " queries running, the limit"
                    + " per client (--max-queries-per-client); send the next when one has finished.", null,
                    Map.of("Retry-After", Long.toString(limits.queryTimeoutSeconds())));
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(limits.queryQueueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            release(key);
            throw new HttpError(503, "The server is busy: " + limits.maxConcurrentQueries() + " queries are running, the"
                    + " limit of concurrent queries (--max-concurrent-queries). Retry in a few seconds.", null,
                    Map.of("Retry-After", Long.toString(limits.queryTimeoutSeconds())));
        }
        return () -> {
            places.release();
            release(key);
        };
    }

    private void release(String key) {
        running.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
}
