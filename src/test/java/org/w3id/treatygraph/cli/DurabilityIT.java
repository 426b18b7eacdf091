package org.w3id.treatygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.apache.jena.system.Txn;

/**
 * Kills the server (SIGKILL) in the middle of a stream of writes, restarts it on the same TDB2 store, and
 * checks that every acknowledged write is there, that at most the one write in flight may also be, and that
 * the store still conforms to the shapes.
 */
class DurabilityIT {
    private static final Path JAR = TestProject.home().resolve("target/treatygraph.jar");
    private static final String TOKEN = "durability-token-0123456789";
    private static final Pattern READY = Pattern.compile("TreatyGraph is ready on port (\\d+)");
    private static final String PREFIXES = TestProject.WRITE_PREFIXES;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void acknowledgedWritesSurviveAKill() throws Exception {
        Path db = temp.resolve("db");
        Process server = start(db);
        int port = awaitReady(server);
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
        Thread.sleep(300);
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
            int again = awaitReady(restarted);
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

    private static int awaitReady(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> log = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            log.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(ready.group(1));
            }
        }
        throw new AssertionError("the server stopped before it was ready:\n" + String.join("\n", log));
    }
}
