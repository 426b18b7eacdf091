package org.w3id.treatygraph.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;

/**
 * Who may run a query, so that runaway queries cannot take every core from cheap ones:
 * <ul>
 * <li>at most {@link Limits#maxConcurrentQueries()} run at once; another waits up to
 *     {@link Limits#queryQueueWait()} for a place, then gets 503;</li>
 * <li>a query still running after {@link Limits#longQueryAfter()} is a long query and needs one of
 *     {@link Limits#maxLongQueries()} long-query places, at most {@link Limits#maxLongQueriesPerClient()} of them
 *     for one client address; when it gets none it is cancelled and answered 503 (server) or 429 (client).</li>
 * </ul>
 * A cheap query (done before {@code longQueryAfter}) therefore never waits for the expensive ones, which share a
 * few cores among themselves, each until the query timeout at most. A query cancelled for want of a long-query
 * place is refused at once (429) when the same client sends the same text again within its {@code Retry-After},
 * so that a client looping a runaway query does not keep the cores busy with its first second over and over.
 */
public final class QueryAdmission {
    private final Limits limits;
    private final Semaphore places;
    private final Semaphore longPlaces;
    private final Map<String, Integer> longByClient = new ConcurrentHashMap<>();
    /** Client and query text of queries cancelled for want of a place, and until when they are refused. */
    private final Map<String, Long> coolingUntil = new ConcurrentHashMap<>();
    private static final int MAX_COOLING = 10_000;
    private final ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "treatygraph-long-queries");
        thread.setDaemon(true);
        return thread;
    });

    public QueryAdmission(Limits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.maxConcurrentQueries(), true);
        this.longPlaces = new Semaphore(limits.maxLongQueries());
        clock.setRemoveOnCancelPolicy(true);
    }

    /**
     * Waits for a place for a query from {@code client} (an address).
     *
     * @throws HttpError 503 when the server stays full for the queue wait
     */
    public Permit admit(String client, String queryText) {
        String who = client == null ? "" : client;
        String key = who + "\n" + digest(queryText);
        Long until = coolingUntil.get(key);
        long now = System.nanoTime();
        if (until != null && until - now > 0) {
            long seconds = Math.max(1, (until - now + 999_999_999L) / 1_000_000_000L);
            throw new HttpError(429, "This query was cancelled a moment ago because it ran long while the long-query"
                    + " places were taken (--max-long-queries, --max-long-queries-per-client); it is refused for "
                    + seconds + " s more. Make it cheaper, or send it again later.", null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        if (until != null) {
            coolingUntil.remove(key, until);
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(limits.queryQueueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw busy(limits.maxConcurrentQueries() + " queries are running, the limit of concurrent queries"
                    + " (--max-concurrent-queries)");
        }
        Permit permit = new Permit(who, key);
        permit.timer = clock.schedule(permit::becomeLong, limits.longQueryAfter().toMillis(), TimeUnit.MILLISECONDS);
        return permit;
    }

    private HttpError busy(String why) {
        return new HttpError(503, "The server is busy: " + why + ". Retry in a few seconds.", null,
                Map.of("Retry-After", Long.toString(limits.queryTimeoutSeconds())));
    }

    /** A running query's place; {@link #close()} gives it back. */
    public final class Permit implements AutoCloseable {
        private final String client;
        private final String key;
        private ScheduledFuture<?> timer;
        private Runnable cancel;
        private boolean closed;
        private boolean holdsLongPlace;
        private HttpError refusal;

        private Permit(String client, String key) {
            this.client = client;
            this.key = key;
        }

        /** How to cancel the query, should it run long without a long-query place. */
        public void onRefusal(Runnable cancel) {
            boolean refused;
            synchronized (this) {
                this.cancel = cancel;
                refused = refusal != null;
            }
            if (refused) {
                cancel.run();
            }
        }

        /** Why the query was cancelled to make room, or null when it was not. */
        public synchronized HttpError refusal() {
            return refusal;
        }

        private void becomeLong() {
            Runnable toCancel = decideLong();
            if (toCancel != null) {
                toCancel.run();
            }
        }

        /** Takes a long-query place, or records the refusal and returns how to cancel the query (if known yet). */
        private synchronized Runnable decideLong() {
            if (closed) {
                return null;
            }
            int mine = longByClient.merge(client, 1, Integer::sum);
            if (mine > limits.maxLongQueriesPerClient()) {
                release(client);
                refusal = new HttpError(429, "You already have " + limits.maxLongQueriesPerClient() + " long queries"
                        + " running (over " + millis(limits.longQueryAfter().toMillis()) + "), the limit per client"
                        + " (--max-long-queries-per-client); this one was cancelled. Send it again when one has finished.",
                        null, Map.of("Retry-After", Long.toString(limits.queryTimeoutSeconds())));
            } else if (!longPlaces.tryAcquire()) {
                release(client);
                refusal = busy(limits.maxLongQueries() + " long queries are running (over "
                        + millis(limits.longQueryAfter().toMillis()) + "), the limit of long queries (--max-long-queries);"
                        + " this one was cancelled");
            } else {
                holdsLongPlace = true;
            }
            if (refusal == null) {
                return null;
            }
            if (coolingUntil.size() >= MAX_COOLING) {
                coolingUntil.clear();
            }
            coolingUntil.put(key, System.nanoTime() + limits.queryTimeoutSeconds() * 1_000_000_000L);
            return cancel;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            timer.cancel(false);
            if (holdsLongPlace) {
                longPlaces.release();
                release(client);
            }
            places.release();
        }
    }

    /** A short, collision-resistant stand-in for a query text (which may be 256 KiB long). */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private void release(String client) {
        longByClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    private static String millis(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
