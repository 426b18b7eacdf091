package org.w3id.treatygraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the server (SIGKILL) in the middle of a stream of writes, restarts it on the same TDB2 store, and
 * checks that every acknowledged write is there, that at most the one write in flight may also be, and that
 * the store still conforms to the shapes.
 */
class DurabilityIT {
    private static final Path JAR = TestProject.home().resolve("target/treatygraph.jar");
    private static final String TOKEN = "durability-token-0123456789";
    private static final Pattern READY = Pattern.compile("TreatyGraph is ready on port (\\d+)");
    /** Fuseki's line as it starts on a request (the request log's line comes when it ends). */
    private static final Pattern FUSEKI_TAKES_UPDATE = Pattern.compile("\\[\\d+\\] POST http://\\S+/update$");
    private static final String PREFIXES = TestProject.WRITE_PREFIXES;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void acknowledgedWritesSurviveAKill() throws Exception {
        Path db = temp.resolve("db");
        Process server = start(db);
        ServerLog log = awaitReady(server);
        int port = log.port();
        assertEquals(200, update(port, """
                INSERT DATA { GRAPH tgg:durability { tgg:durability a tg:DataGraph ; dcterms:title "Durability test"@en ;
                    prov:wasDerivedFrom <https://w3id.org/treatygraph/id/source/treatygraph-write-api> } }"""));
        List<Integer> acknowledged = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            assertEquals(200, update(port, note(n)), "write " + n);
            acknowledged.add(n);
        }
        // Five more writes in flight at once, and the process killed while the server works on them.
        List<CompletableFuture<HttpResponse<Void>>> inFlight = new ArrayList<>();
        for (int n = 6; n <= 10; n++) {
            inFlight.add(client.sendAsync(request(port, note(n)), HttpResponse.BodyHandlers.discarding()));
        }
        // Kill only once the server has taken up an in-flight write (Fuseki logs each request as it starts)
        // and that write is still unanswered: a write is provably in flight.
        log.await(line -> FUSEKI_TAKES_UPDATE.matcher(line).find(), 1 + 5 + 1);
        assertTrue(inFlight.stream().anyMatch(write -> !write.isDone()), "a write must be in flight at the kill");
        server.destroyForcibly();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        for (int i = 0; i < inFlight.size(); i++) {
            try {
                if (inFlight.get(i).get(10, TimeUnit.SECONDS).statusCode() == 200) {
                    acknowledged.add(6 + i);
                }
            } catch (ExecutionException | TimeoutException killedMidRequest) {
                // not acknowledged: it may or may not have been committed, but never in part
            }
        }

        Process restarted = start(db);
        try {
            int again = awaitReady(restarted).port();
            String notes = query(again, "SELECT ?c WHERE { GRAPH tgg:durability { ?s rdfs:comment ?c } }");
            for (int n : acknowledged) {
                assertTrue(notes.contains("note " + n + "\r\n") || notes.endsWith("note " + n),
                        "acknowledged write " + n + " is lost:\n" + notes);
            }
            long stored = notes.lines().count() - 1;
            assertTrue(stored >= acknowledged.size() && stored <= 10, "notes stored: " + stored);
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
        try (TreatyStore store = TreatyStore.open(db)) {
            ValidationOutcome outcome = Txn.calculateRead(store.datasetGraph(), () ->
                    DatasetValidator.fromShapesGraphOf(store.datasetGraph()).validate(store.datasetGraph()));
            assertTrue(outcome.conforms(), outcome::summary);
        }
    }

    private int update(int port, String update) throws IOException, InterruptedException {
        return client.send(request(port, update), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(int port, String update) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/update"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + update)).build();
    }

    private static String note(int n) {
        return "INSERT DATA { GRAPH tgg:durability { <https://w3id.org/treatygraph/id/state/VNM> rdfs:comment \"note "
                + n + "\" } }";
    }

    private String query(int port, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private Process start(Path db) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0", "--localhost", "--store", db.toString(), "--admin-token", TOKEN);
        return new ProcessBuilder(command).directory(TestProject.home().toFile()).redirectErrorStream(true).start();
    }

    /** Reads the server's output until it is ready; the lines after that are kept for {@link ServerLog#await}. */
    private static ServerLog awaitReady(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> log = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            log.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return new ServerLog(Integer.parseInt(ready.group(1)), out);
            }
        }
        throw new AssertionError("the server stopped before it was ready:\n" + String.join("\n", log));
    }

    /** The output of a running server, read by a thread of its own so that the server never blocks on it. */
    private static final class ServerLog {
        private final int port;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        ServerLog(int port, BufferedReader out) {
            this.port = port;
            Thread reader = new Thread(() -> out.lines().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
        }

        int port() {
            return port;
        }

        /** Waits (at most 60 s) until {@code count} lines match. */
        void await(Predicate<String> match, int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines.stream().filter(match).count() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected " + count + " matching lines in the server log:\n"
                            + String.join("\n", lines));
                }
                Thread.sleep(5);
            }
        }
    }
}
