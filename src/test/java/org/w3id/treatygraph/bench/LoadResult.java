package org.w3id.treatygraph.bench;

import java.util.Arrays;

/**
 * What one load run measured: requests completed, unexpected answers (errors), wall time, latency
 * percentiles in microseconds, and the sorted latencies in nanoseconds where the generator kept them (wrk
 * does not: empty).
 */
record LoadResult(long requests, long errors, double seconds, long p50, long p90, long p99, long max,
                  long[] latencies) {

    /** Summarizes latencies in nanoseconds. */
    static LoadResult of(long[] latencyNanos, long errors, double seconds) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LoadResult(sorted.length, errors, seconds, percentile(sorted, 50) / 1000,
                percentile(sorted, 90) / 1000, percentile(sorted, 99) / 1000,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000, sorted);
    }

    double perSecond() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
