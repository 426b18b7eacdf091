package org.w3id.treatygraph.http;

import java.time.Duration;

/**
 * The limits every request runs under, defined once: how long a query may run, how large a request body
 * may be, and how many result rows a page shows.
 */
public record Limits(Duration queryTimeout, long maxBodyBytes, int maxRowsShown) {
    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), 10L * 1024 * 1024, 1000);

    public Limits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + queryTimeout);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("The body limit must be positive: " + maxBodyBytes);
        }
        if (maxRowsShown < 1) {
            throw new IllegalArgumentException("The number of rows shown must be positive: " + maxRowsShown);
        }
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxBodyBytes, maxRowsShown);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(queryTimeout, bytes, maxRowsShown);
    }
}
