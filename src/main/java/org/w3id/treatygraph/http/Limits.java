package org.w3id.treatygraph.http;

import java.time.Duration;

/**
 * The limits every request runs under, defined once: how long a query or update may run, how large a
 * request body may be, how many result rows a page shows, how long a connection may stay silent.
 */
public record Limits(Duration queryTimeout, long maxBodyBytes, int maxRowsShown, Duration idleTimeout) {
    public static final long DEFAULT_QUERY_TIMEOUT_SECONDS = 10;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS_SHOWN = 1000;
    public static final long DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    /** The newest entries an Atom feed of status changes holds. */
    public static final int MAX_FEED_ENTRIES = 200;
    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS),
            DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ROWS_SHOWN, Duration.ofSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS));

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
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxBodyBytes, maxRowsShown, idleTimeout);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(queryTimeout, bytes, maxRowsShown, idleTimeout);
    }

    /** How long a connection may stay silent, a request body half sent included (then 408). */
    public Limits withIdleTimeout(Duration timeout) {
        return new Limits(queryTimeout, maxBodyBytes, maxRowsShown, timeout);
    }
}
