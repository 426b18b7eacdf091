package org.w3id.treatygraph.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.w3id.treatygraph.TestProject;

/**
 * The writer of the soak run: one client sending validated SPARQL Updates to {@code /update} while the readers
 * run, starting one every {@code interval}, until stopped, and at least one of each kind. Every fourth write
 * breaks a shape on purpose (a second, malformed ISO code for Viet Nam) and is expected to be refused with 422;
 * the others replace a note in a graph of their own, which describes itself as the write API asks, and are
 * expected to be committed (200). Any other answer, or a failed exchange, is an unexpected error.
 */
final class SoakWriter {
    /** The credential the bench's TreatyGraph server is built with. */
    static final String TOKEN = "bench-soak-token-0123456789";
    private static final String PREFIXES = TestProject.WRITE_PREFIXES;
    private static final String REJECTED = PREFIXES + "INSERT DATA { GRAPH tgg:soak { <state/VNM> tg:isoAlpha3 \"VIET\" } }";

    /** What the writer measured: latencies of the committed and of the refused writes, and the unexpected. */
    record Result(LoadResult accepted, LoadResult rejected, long unexpected, String firstUnexpected) {}

    private final URI update;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean stopping;
    private long[] accepted = new long[64], rejected = new long[64];
    private int acceptedCount, rejectedCount;
    private long unexpected;
    private String firstUnexpected = "";
    private long started;

    private SoakWriter(String base, Duration interval) {
        this.update = URI.create(base + "/update");
        this.interval = interval;
        this.thread = new Thread(this::run, "soak-writer");
    }

    static SoakWriter start(String base, Duration interval) {
        SoakWriter writer = new SoakWriter(base, interval);
        writer.started = System.nanoTime();
        writer.thread.start();
        return writer;
    }

    /** Lets the writes in flight finish, and returns what was measured. */
    Result stop() throws InterruptedException {
        stopping = true;
        thread.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(LoadResult.of(Arrays.copyOf(accepted, acceptedCount), 0, seconds),
                LoadResult.of(Arrays.copyOf(rejected, rejectedCount), 0, seconds), unexpected, firstUnexpected);
    }

    private void run() {
        for (int n = 0; !stopping || n < 2; n++) {
            boolean conforming = n % 4 != 1;
            String body = conforming ? PREFIXES + """
                    DELETE WHERE { GRAPH tgg:soak { <state/VNM> rdfs:comment ?note } } ;
                    INSERT DATA { GRAPH tgg:soak { tgg:soak a tg:DataGraph ; dcterms:title "Soak writes"@en ;
                        prov:wasDerivedFrom <source/treatygraph-write-api> . <state/VNM> rdfs:comment "soak note %d" } }
                    """.formatted(n) : REJECTED;
            HttpRequest request = HttpRequest.newBuilder(update).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = HttpLoad.send(request);
                long latency = System.nanoTime() - sent;
                if (conforming && response.statusCode() == 200) {
                    accepted = add(accepted, acceptedCount++, latency);
                } else if (!conforming && response.statusCode() == 422) {
                    rejected = add(rejected, rejectedCount++, latency);
                } else {
                    unexpected(response.statusCode() + " " + response.body().lines().findFirst().orElse(""));
                }
            } catch (IllegalStateException e) {
                unexpected(e.getMessage());
            }
            long next = sent + interval.toNanos();
            while (!stopping && System.nanoTime() < next) {
                try {
                    Thread.sleep(Math.max(1, (next - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void unexpected(String what) {
        if (unexpected++ == 0) {
            firstUnexpected = what;
        }
    }

    private static long[] add(long[] values, int index, long value) {
        long[] target = index == values.length ? Arrays.copyOf(values, index * 2) : values;
        target[index] = value;
        return target;
    }
}
