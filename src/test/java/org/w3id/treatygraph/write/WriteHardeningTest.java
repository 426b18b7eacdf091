package org.w3id.treatygraph.write;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.write.WriteEndpointsTest.PREFIXES;
import static org.w3id.treatygraph.write.WriteEndpointsTest.TOKEN;

/**
 * The write side under hostile input, over real HTTP: cross-origin writes, bodies that are not UTF-8, nested
 * beyond reason, stalled or too heavy, and updates that would run past the limit. Each gets its exact status
 * and a message, and leaves the store as it was.
 */
class WriteHardeningTest {
    private static final String EVIL = "https://evil.example";
    private static final String CURATION = "https://curation.example";

    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN))
            .writeOrigins(Set.of(CURATION)).queryTimeout(Duration.ofSeconds(1)).idleTimeout(Duration.ofSeconds(1)));

    @Test
    void aPageOnAnotherSiteCannotWrite() throws Exception {
        long before = server.store().size();
        HttpResponse<byte[]> preflight = server.send("OPTIONS", "/update", "Origin", EVIL,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertEquals(403, preflight.statusCode(), text(preflight));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS grant");
        HttpResponse<byte[]> write = server.sendBody("POST", "/update", PREFIXES + "INSERT DATA { GRAPH tgg:x { <a> <b> <c> } }",
                "Content-Type", "application/sparql-update", "Authorization", "Bearer " + TOKEN, "Origin", EVIL);
        assertEquals(403, write.statusCode(), text(write));
        assertTrue(text(write).contains("Writes from another origin"), text(write));
        HttpResponse<byte[]> form = server.sendBody("POST", "/data?graph=https://example.org/g", "<https://example.org/a> <https://example.org/b> 1 .",
                "Content-Type", "text/turtle", "Authorization", "Bearer " + TOKEN, "Origin", EVIL);
        assertEquals(403, form.statusCode(), text(form));
        assertEquals(before, server.store().size());
    }

    @Test
    void readsStayOpenToEveryOriginAndAnAllowedOriginMayWrite() throws Exception {
        HttpResponse<byte[]> read = server.send("OPTIONS", "/sparql", "Origin", EVIL, "Access-Control-Request-Method", "GET");
        assertEquals(204, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<byte[]> allowed = server.send("OPTIONS", "/update", "Origin", CURATION,
                "Access-Control-Request-Method", "POST");
        assertEquals(204, allowed.statusCode());
        assertEquals(CURATION, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "tokens, not cookies");
        HttpResponse<byte[]> own = server.sendBody("POST", "/update", PREFIXES + "INSERT DATA { }",
                "Content-Type", "application/sparql-update", "Authorization", "Bearer " + TOKEN,
                "Origin", server.url("").replaceAll("/$", ""));
        assertEquals(200, own.statusCode(), "the server's own pages may write: " + text(own));
    }

    @Test
    void aMissingCredentialInvitesNoBrowserLogin() throws Exception {
        HttpResponse<byte[]> response = server.sendBody("POST", "/update", "INSERT DATA { }",
                "Content-Type", "application/sparql-update");
        assertEquals(401, response.statusCode());
        assertFalse(response.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
    }

    @Test
    void bodiesThatAreNotUtf8AreRefused() throws Exception {
        long before = server.store().size();
        byte[] latin1 = "<https://example.org/a> <https://example.org/b> \"Côte d'Ivoire\" .".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url("/data?graph=https://w3id.org/treatygraph/graph/curation")))
                .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("not valid UTF-8"), response.body());
        assertEquals(before, server.store().size());
    }

    @Test
    void jsonLdNestedTenThousandDeepIsA400() throws Exception {
        String deep = "{\"@id\":\"https://example.org/a\",\"https://example.org/p\":" + "[".repeat(10_000) + "1"
                + "]".repeat(10_000) + "}";
        for (String path : new String[] {"/validate", "/data?graph=https://w3id.org/treatygraph/graph/curation"}) {
            HttpResponse<byte[]> response = server.sendBody("POST", path, deep, "Content-Type", "application/ld+json",
                    "Authorization", "Bearer " + TOKEN);
            assertEquals(400, response.statusCode(), path + ": " + text(response));
            assertTrue(text(response).contains("nested more than"), text(response));
        }
    }

    @Test
    void aStalledBodyIs408() throws Exception {
        long before = server.store().size();
        int port = URI.create(server.url("/")).getPort();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /data?graph=https://w3id.org/treatygraph/graph/curation HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: text/turtle\r\nContent-Length: 1000\r\n\r\n"
                    + "<https://example.org/a> ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 408", status);
        }
        assertEquals(before, server.store().size());
    }

    @Test
    void anUpdateThatRunsPastTheLimitIsStoppedAndChangesNothing() throws Exception {
        long before = server.store().size();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = WriteEndpointsTest.update(server, """
                INSERT { GRAPH tgg:heavy { ?a rdfs:comment "x" } }
                WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER (STR(?c) != STR(?f) && STR(?f) != STR(?i)) }""");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertEquals(503, response.statusCode(), text(response));
        assertTrue(text(response).contains("limit of 1 s"), text(response));
        // 1.4 s on a quiet machine; the bound leaves room for a loaded CI machine.
        assertTrue(seconds <= 10, "stopped after " + seconds + " s with a 1 s limit");
        assertEquals(before, server.store().size());
    }

    @Test
    void validatingAThousandClashingChaptersGivesABoundedReport() throws Exception {
        StringBuilder turtle = new StringBuilder("@prefix tg: <https://w3id.org/treatygraph/ontology#> .\n");
        for (int i = 0; i < 1000; i++) {
            turtle.append("<https://example.org/ch").append(i).append("> a tg:Chapter ; tg:number 1 ; tg:treaty")
                    .append(" <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> .\n");
        }
        HttpResponse<byte[]> response = server.sendBody("POST", "/validate", turtle.toString(),
                "Content-Type", "text/turtle", "Accept", "text/plain");
        assertEquals(200, response.statusCode());
        String report = text(response);
        // One "same number" violation per chapter (not one per pair of chapters), and a bounded listing.
        assertTrue(report.lines().filter(l -> l.contains("same number")).count() <= 100, report);
        assertTrue(report.matches("(?s)The data does not conform to the shapes: \\d+ violation\\(s\\)\\..*… and \\d+ more.*"),
                report.substring(0, Math.min(400, report.length())));
        assertTrue(report.lines().count() <= 102, "lines: " + report.lines().count());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
