package org.w3id.treatygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * A closed-loop HTTP load generator: {@code concurrency} threads, each sending the next request of a
 * rotating list as soon as its previous answer arrived, until a deadline or a request count. An answer
 * whose status the caller does not expect, or a failed exchange, is an error.
 */
final class HttpLoad {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpLoad() {}

    static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Accept", accept).build();
    }

    /** One request, its status and body; fails on an exchange error. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the requests in turn; one result for all of them. */
    static LoadResult run(List<HttpRequest> requests, int concurrency, Duration duration, long maxRequests,
                          IntPredicate expected) {
        List<LoadResult> each = runEach(requests, concurrency, duration, maxRequests, expected);
        long[] all = each.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).toArray();
        return LoadResult.of(all, each.stream().mapToLong(LoadResult::errors).sum(), each.get(0).seconds());
    }

    /**
     * Runs the requests in turn, each thread sending them in order, and returns one result per request: with
     * two requests (the same query to two servers), every client alternates between them, so that both see
     * the same background load — a paired measurement.
     */
    static List<LoadResult> runEach(List<HttpRequest> requests, int concurrency, Duration duration, long maxRequests,
                                    IntPredicate expected) {
        int kinds = requests.size();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong sentCount = new AtomicLong();
        long[] errors = new long[kinds];
        List<List<long[]>> perKind = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            perKind.add(new ArrayList<>());
        }
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                long[][] latencies = new long[kinds][1024];
                int[] sizes = new int[kinds];
                long[] failed = new long[kinds];
                for (long n = offset; System.nanoTime() < deadline && sentCount.getAndIncrement() < maxRequests; n++) {
                    int kind = (int) (n % kinds);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = CLIENT.send(requests.get(kind), HttpResponse.BodyHandlers.ofByteArray());
                        if (!expected.test(response.statusCode())) {
                            failed[kind]++;
                        }
                    } catch (IOException e) {
                        failed[kind]++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    if (sizes[kind] == latencies[kind].length) {
                        latencies[kind] = Arrays.copyOf(latencies[kind], sizes[kind] * 2);
                    }
                    latencies[kind][sizes[kind]++] = System.nanoTime() - sent;
                }
                synchronized (perKind) {
                    for (int k = 0; k < kinds; k++) {
                        perKind.get(k).add(Arrays.copyOf(latencies[k], sizes[k]));
                        errors[k] += failed[k];
                    }
                }
            }, "load-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<LoadResult> results = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            long[] all = perKind.get(k).stream().flatMapToLong(Arrays::stream).toArray();
            results.add(LoadResult.of(all, errors[k], seconds));
        }
        return results;
    }
}
