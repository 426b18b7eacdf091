package org.w3id.treatygraph.http;

import java.time.Duration;

/**
 * The limits every request runs under, defined once: how long a query or update may run, how large a request
 * body may be, how many result rows a page shows, how long a connection may stay silent, and what a SPARQL query
 * may ask of the server (its length, its nesting, how many run at once, how large its answer may be).
 * docs/limits.md describes each.
 */
public record Limits(Duration queryTimeout, long maxBodyBytes, int maxRowsShown, Duration idleTimeout,
                     // ---- SPARQL queries (issue 12): see docs/limits.md
                     int maxQueryLength, int maxQueryDepth, int maxConcurrentQueries, Duration queryQueueWait,
                     Duration longQueryAfter, int maxLongQueries, int maxLongQueriesPerClient,
                     long maxResultRows, long maxResultBytes
                     // ---- end of SPARQL queries
) {
    public static final long DEFAULT_QUERY_TIMEOUT_SECONDS = 10;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS_SHOWN = 1000;
    public static final long DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    // ---- SPARQL queries: the defaults, as constants so that command-line options can name them
    public static final int DEFAULT_MAX_QUERY_LENGTH = 256 * 1024;
    public static final int DEFAULT_MAX_QUERY_DEPTH = 64;
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 32;
    public static final long DEFAULT_QUERY_QUEUE_WAIT_MILLIS = 1000;
    public static final long DEFAULT_LONG_QUERY_AFTER_MILLIS = 1000;
    public static final int DEFAULT_MAX_LONG_QUERIES = 4;
    public static final int DEFAULT_MAX_LONG_QUERIES_PER_CLIENT = 2;
    public static final long DEFAULT_MAX_RESULT_ROWS = 50_000;
    public static final long DEFAULT_MAX_RESULT_BYTES = 32L * 1024 * 1024;

    /** The newest entries an Atom feed of status changes holds. */
    public static final int MAX_FEED_ENTRIES = 200;

    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS),
            DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ROWS_SHOWN, Duration.ofSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS),
            DEFAULT_MAX_QUERY_LENGTH, DEFAULT_MAX_QUERY_DEPTH, DEFAULT_MAX_CONCURRENT_QUERIES,
            Duration.ofMillis(DEFAULT_QUERY_QUEUE_WAIT_MILLIS), Duration.ofMillis(DEFAULT_LONG_QUERY_AFTER_MILLIS),
            DEFAULT_MAX_LONG_QUERIES, DEFAULT_MAX_LONG_QUERIES_PER_CLIENT, DEFAULT_MAX_RESULT_ROWS, DEFAULT_MAX_RESULT_BYTES);

    public Limits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + queryTimeout);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("The body limit must be positive: " + maxBodyBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive: " + idleTimeout);
        }
        if (maxRowsShown < 1) {
            throw new IllegalArgumentException("The number of rows shown must be positive: " + maxRowsShown);
        }
        // ---- SPARQL queries
        positive("query length limit", maxQueryLength);
        positive("query nesting limit", maxQueryDepth);
        positive("number of concurrent queries", maxConcurrentQueries);
        positive("number of long queries", maxLongQueries);
        positive("number of long queries per client", maxLongQueriesPerClient);
        positive("time after which a query is long", longQueryAfter.toMillis());
        positive("result row limit", maxResultRows);
        positive("result size limit", maxResultBytes);
        if (queryQueueWait.isNegative()) {
            throw new IllegalArgumentException("The queue wait must not be negative: " + queryQueueWait);
        }
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("The " + what + " must be positive: " + value);
        }
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxBodyBytes, maxRowsShown, idleTimeout, maxQueryLength, maxQueryDepth,
                maxConcurrentQueries, queryQueueWait, longQueryAfter, maxLongQueries, maxLongQueriesPerClient, maxResultRows, maxResultBytes);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(queryTimeout, bytes, maxRowsShown, idleTimeout, maxQueryLength, maxQueryDepth,
                maxConcurrentQueries, queryQueueWait, longQueryAfter, maxLongQueries, maxLongQueriesPerClient, maxResultRows, maxResultBytes);
    }

    /** How long a connection may stay silent, a request body half sent included (then 408). */
    public Limits withIdleTimeout(Duration timeout) {
        return new Limits(queryTimeout, maxBodyBytes, maxRowsShown, timeout, maxQueryLength, maxQueryDepth,
                maxConcurrentQueries, queryQueueWait, longQueryAfter, maxLongQueries, maxLongQueriesPerClient, maxResultRows, maxResultBytes);
    }

    // ---- SPARQL queries

    /** These limits with the query-side ones replaced. */
    public Limits withQueryLimits(int maxQueryLength, int maxQueryDepth, int maxConcurrentQueries,
                                  Duration queryQueueWait, Duration longQueryAfter, int maxLongQueries,
                                  int maxLongQueriesPerClient, long maxResultRows, long maxResultBytes) {
        return new Limits(queryTimeout, maxBodyBytes, maxRowsShown, idleTimeout, maxQueryLength, maxQueryDepth,
                maxConcurrentQueries, queryQueueWait, longQueryAfter, maxLongQueries, maxLongQueriesPerClient, maxResultRows, maxResultBytes);
    }

    /** The query timeout in whole seconds (at least 1), as messages and {@code Retry-After} state it. */
    public long queryTimeoutSeconds() {
        return Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
    }
}
