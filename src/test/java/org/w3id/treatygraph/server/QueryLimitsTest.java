package org.w3id.treatygraph.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.http.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits every query runs under, over real HTTP against a server with a 2 s query timeout and small
 * result limits: a runaway query ends within the timeout plus a second and says which limit applied, work
 * the engine cannot stop is refused before it starts, a client cannot extend the timeout, bodies and answers
 * stay within their sizes, and none of it changes the store.
 */
@Timeout(60)
class QueryLimitsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long MAX_BODY = 64 * 1024;
    private static final int MAX_QUERY_LENGTH = 32 * 1024;
    private static final String RUNAWAY_REGEX = "SELECT * WHERE { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\","
            + " \"^((a+)\\\\2?)+$\")) }";
    private static final String NESTED_CLOSURE = "SELECT * WHERE { ?s ((!<urn:q>|^!<urn:q>)*)* ?o }";

    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.limits(Limits.DEFAULTS
            .withQueryTimeout(TIMEOUT).withMaxBodyBytes(MAX_BODY)
            .withQueryLimits(MAX_QUERY_LENGTH, 64, 8, Duration.ofSeconds(1), Duration.ofMillis(500), 3, 2, 500, 50_000)));

    /** A request to the running server. */
    @FunctionalInterface
    interface Request {
        HttpResponse<byte[]> send() throws Exception;
    }

    /** Sends {@code request} and checks its status, a fragment of its message and that it was answered in time. */
    private static HttpResponse<byte[]> assertAnswered(int status, String fragment, long withinMillis, Request request)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = request.send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(status, response.statusCode(), body(response));
        assertTrue(body(response).contains(fragment), "'" + fragment + "' not in: " + body(response));
        assertTrue(millis < withinMillis, "answered after " + millis + " ms, not within " + withinMillis);
        return response;
    }

    private static final long WITHIN_TIMEOUT = TIMEOUT.toMillis() + 1000;

    @Test
    void aRunawayRegexIsCancelledAtTheTimeoutWith503NamingIt() throws Exception {
        long before = server.store().size();
        assertAnswered(503, "query timeout (2 s", WITHIN_TIMEOUT,
                () -> server.query(RUNAWAY_REGEX, "application/sparql-results+json"));
        assertEquals(before, server.store().size());
    }

    @Test
    void aRunawayReplaceIsCancelledToo() throws Exception {
        String replace = "SELECT ?x WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s)"
                + " BIND(REPLACE(?s, \"^((a+)\\\\2?)+$\", \"x\") AS ?x) }";
        assertAnswered(503, "query timeout (2 s", WITHIN_TIMEOUT, () -> server.query(replace, "application/sparql-results+json"));
        HttpResponse<byte[]> ordinary = server.query("SELECT (REPLACE(\"abcabc\", \"b\", \"[$0]\") AS ?x)"
                + " (REGEX(\"Abc\", \"^a\", \"i\") AS ?y) WHERE {}", "text/csv");
        assertEquals("x,y\r\na[b]ca[b]c,true\r\n", body(ordinary));
    }

    @Test
    void aRunawayRegexInTheEditorIsA503Page() throws Exception {
        assertAnswered(503, "query timeout (2 s", WITHIN_TIMEOUT,
                () -> server.get("/editor?query=" + RunningServer.encode(RUNAWAY_REGEX), "text/html"));
    }

    @Test
    void aNestedClosurePathIsRefusedBeforeItRuns() throws Exception {
        assertAnswered(400, "closure path", 1000, () -> server.query(NESTED_CLOSURE, "application/sparql-results+json"));
        HttpResponse<byte[]> single = server.query("SELECT * WHERE { <urn:a> (<urn:p>|^<urn:p>)* ?o }", "text/csv");
        assertEquals(200, single.statusCode(), "one closure is allowed: " + body(single));
    }

    @Test
    void deeplyNestedGroupsAreA400() throws Exception {
        List<String> queries = List.of(
                "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(1000) + "}".repeat(1000) + " }",
                "SELECT * WHERE { ?s ?p ?o " + "{ ?s ?p ?o } UNION { ?s ?p ?o ".repeat(1000) + "}".repeat(1000) + " }",
                "SELECT * WHERE { BIND(" + "(".repeat(5000) + "1" + ")".repeat(5000) + " AS ?x) }");
        for (String query : queries) {
            assertAnswered(400, "nested too deeply", 5000,
                    () -> server.post(Routes.SPARQL, "application/sparql-query", query, "text/plain"));
        }
    }

    @Test
    void aClientMayShortenButNotExtendTheTimeout() throws Exception {
        assertAnswered(503, "query timeout (2 s", WITHIN_TIMEOUT, () -> server.get(Routes.SPARQL + "?timeout=20,25&query="
                + RunningServer.encode(RUNAWAY_REGEX), "application/sparql-results+json"));
        assertAnswered(503, "the timeout the request asked for (1 s)", 2000, () -> server.get(Routes.SPARQL
                + "?timeout=1&query=" + RunningServer.encode(RUNAWAY_REGEX), "application/sparql-results+json"));
        assertAnswered(400, "timeout parameter", 1000,
                () -> server.get(Routes.SPARQL + "?timeout=soon&query=" + RunningServer.encode("ASK {}"), null));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] prefix = "query=".getBytes(StandardCharsets.US_ASCII);
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(prefix),
                new ByteArrayInputStream(new byte[(int) MAX_BODY * 4]) {});
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(Routes.SPARQL))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(413, response.statusCode(), body(response));
        assertTrue(body(response).contains("limit of " + MAX_BODY + " bytes"), body(response));
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedBeforeParsing() throws Exception {
        String query = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(MAX_QUERY_LENGTH);
        HttpResponse<byte[]> response = server.post(Routes.SPARQL, "application/sparql-query", query, "text/plain");
        assertEquals(413, response.statusCode(), body(response));
        assertTrue(body(response).contains("query length limit of " + MAX_QUERY_LENGTH), body(response));
        HttpResponse<byte[]> form = server.post(Routes.SPARQL, "application/x-www-form-urlencoded",
                "query=" + RunningServer.encode(query), "text/plain");
        assertEquals(413, form.statusCode(), body(form));
    }

    @Test
    void answersOverTheRowOrByteLimitAreRefusedWith422() throws Exception {
        HttpResponse<byte[]> rows = server.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(422, rows.statusCode(), body(rows));
        assertTrue(body(rows).contains("more than 500 rows, the result row limit"), body(rows));
        HttpResponse<byte[]> triples = server.query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(422, triples.statusCode(), body(triples));
        HttpResponse<byte[]> bytes = server.query("SELECT (CONCAT(STR(?s), STR(?p), STR(?o), STR(?o), STR(?o)) AS ?x)"
                + " WHERE { ?s ?p ?o } LIMIT 500", "application/sparql-results+xml");
        assertEquals(422, bytes.statusCode(), body(bytes));
        assertTrue(body(bytes).contains("the result size limit"), body(bytes));
        HttpResponse<byte[]> fits = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 50", "text/csv");
        assertEquals(200, fits.statusCode());
        assertEquals(String.valueOf(fits.body().length), fits.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void serviceIsRefusedAtTheEndpointAndInTheEditor() throws Exception {
        String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> endpoint = server.query(query, "application/sparql-results+json");
        assertEquals(400, endpoint.statusCode());
        assertTrue(body(endpoint).contains("SERVICE is not allowed"), body(endpoint));
        HttpResponse<byte[]> editor = server.get("/editor?query=" + RunningServer.encode(query), "text/html");
        assertEquals(400, editor.statusCode());
        assertTrue(body(editor).contains("SERVICE is not allowed"), body(editor));
    }

    @Test
    void theUnionGraphAsAGraphNameGetsAClearAnswer() throws Exception {
        String count = RunningServer.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        for (String path : List.of(Routes.GRAPH_STORE + "?graph=urn:x-arq:UnionGraph", "/?graph=urn:x-arq:UnionGraph",
                Routes.GRAPH_STORE + "?graph=urn:x-arq:DefaultGraph", Routes.GRAPH_STORE + "?graph=urn:x-arq:DefaultGraphNode",
                Routes.SPARQL + "?default-graph-uri=urn:x-arq:UnionGraph&query=" + count,
                Routes.SPARQL + "?named-graph-uri=urn:x-arq:UnionGraph&query=" + count,
                Routes.SPARQL + "?default-graph-uri=urn:x-arq:DefaultGraph&query=" + count,
                Routes.SPARQL + "?query=" + RunningServer.encode("SELECT * FROM <urn:x-arq:UnionGraph> WHERE { ?s ?p ?o } LIMIT 1"),
                Routes.SPARQL + "?query=" + RunningServer.encode("SELECT * WHERE { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } } LIMIT 1"))) {
            HttpResponse<byte[]> response = server.get(path, path.startsWith(Routes.SPARQL) ? "text/csv" : "application/n-triples");
            assertEquals(path.contains("DefaultGraph") && path.startsWith(Routes.GRAPH_STORE) ? 404 : 200,
                    response.statusCode(), path + " " + body(response));
        }
        for (String path : List.of("/data?graph=urn:x-arq:UnionGraph", "/editor?query="
                + RunningServer.encode("SELECT * FROM <urn:x-arq:UnionGraph> WHERE { ?s ?p ?o } LIMIT 1"))) {
            HttpResponse<byte[]> response = server.get(path, "application/n-triples");
            assertEquals(200, response.statusCode(), path + " " + body(response));
        }
    }

    @Test
    void traceIsNotServed() throws Exception {
        for (String path : List.of("/", Routes.SPARQL, "/id/treaty/un-cybercrime-convention", "/nothing")) {
            HttpResponse<byte[]> response = server.send("TRACE", path);
            assertEquals(405, response.statusCode(), path);
        }
    }

    @Test
    void longQueriesShareAFewPlacesAndCheapOnesDoNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        List<String> texts = IntStream.range(0, 5).mapToObj(i -> RUNAWAY_REGEX + " # runaway " + i).toList();
        List<CompletableFuture<HttpResponse<byte[]>>> runaways = texts.stream().map(text -> client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.url(Routes.SPARQL + "?query=" + RunningServer.encode(text))))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray())).toList();
        Thread.sleep(800);
        HttpResponse<byte[]> cheap = server.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        long cheapMillis = (System.nanoTime() - start) / 1_000_000 - 800;
        assertEquals(200, cheap.statusCode(), "a cheap query runs beside long ones: " + body(cheap));
        List<HttpResponse<byte[]>> answers = runaways.stream().map(CompletableFuture::join).toList();
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        // 2 long places for this client: 2 run to the timeout (503 timeout); the others are cancelled at 500 ms
        assertEquals(List.of(429, 429, 429, 503, 503), statuses, statuses.toString());
        HttpResponse<byte[]> refused = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertTrue(body(refused).contains("long queries running"), body(refused));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(cheapMillis < 1000, "the cheap query took " + cheapMillis + " ms");

        String again = texts.get(answers.indexOf(refused));
        assertAnswered(429, "cancelled a moment ago", 500, () -> server.query(again, "text/plain"));
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
