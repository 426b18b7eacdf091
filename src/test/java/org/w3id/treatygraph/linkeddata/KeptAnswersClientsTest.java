package org.w3id.treatygraph.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.server.RunningServer;

/**
 * Kept answers seen by clients nobody here wrote: the JDK's HTTP client following the 303 with gzip and RDF4J's Turtle
 * parser reading what it got; and a server behind a public base ({@code --base-uri}), whose kept documents name that
 * base and whose pages link their style sheet to the host each request reached.
 */
class KeptAnswersClientsTest {
    private static final String ARTICLE = "treaty/un-cybercrime-convention/article/16";
    private static final String PUBLIC = "https://w3id.org/treatygraph/";

    @Test
    void aClientFollowsThe303AndParsesTheCompressedTurtle() throws Exception {
        try (RunningServer server = new RunningServer()) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/id/" + ARTICLE)))
                    .header("Accept", "text/turtle").header("Accept-Encoding", "gzip").build();
            org.eclipse.rdf4j.model.Model first = null;
            for (int i = 0; i < 3; i++) {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, response.statusCode());
                assertEquals(server.url("/doc/" + ARTICLE), response.uri().toString());
                assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
                try (InputStream body = new GZIPInputStream(response.body())) {
                    org.eclipse.rdf4j.model.Model model = Rio.parse(body, response.uri().toString(), RDFFormat.TURTLE);
                    assertTrue(model.contains(null, FOAF.PRIMARY_TOPIC,
                            SimpleValueFactory.getInstance().createIRI(server.url("/id/" + ARTICLE))));
                    if (first == null) {
                        first = model;
                    } else {
                        assertEquals(first, model, "a kept answer parses to other statements");
                    }
                }
            }
            // The 303 and the document were kept after the first round: four of the six requests were answered early.
            assertEquals(4, server.keptAnswers());
            Model plain = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(server.get("/doc/" + ARTICLE + ".ttl", null).body()))
                    .lang(Lang.TURTLE).base(server.url("/")).parse(plain);
            assertEquals(plain.size(), first.size(), "RDF4J read another number of statements than Jena");
        }
    }

    @Test
    void behindAPublicBaseKeptAnswersNameItAndPagesLinkTheirOwnHost() throws Exception {
        try (RunningServer server = new RunningServer(PUBLIC)) {
            for (String path : new String[] {"/id/" + ARTICLE, "/doc/" + ARTICLE + ".ttl", "/doc/" + ARTICLE + ".html"}) {
                HttpResponse<byte[]> route = server.getWith(path, "Accept-Encoding", "gzip");
                HttpResponse<byte[]> kept = server.getWith(path, "Accept-Encoding", "gzip");
                assertEquals(route.statusCode(), kept.statusCode());
                assertEquals(route.headers().firstValue("Link"), kept.headers().firstValue("Link"));
                assertArrayEquals(route.body(), kept.body());
            }
            assertEquals(3, server.keptAnswers());
            assertEquals(PUBLIC + "doc/" + ARTICLE, server.get("/id/" + ARTICLE, null).headers()
                    .firstValue("Location").orElseThrow());
            String local = server.url("/");
            String loopback = local.replace("localhost", "127.0.0.1");
            for (int i = 0; i < 2; i++) {
                assertTrue(page(server, local).contains("href=\"" + local + "static/style.css\""));
                assertTrue(page(server, loopback).contains("href=\"" + loopback + "static/style.css\""),
                        "a page kept for another host was served");
            }
        }
    }

    private static String page(RunningServer server, String base) throws Exception {
        HttpResponse<byte[]> response = server.getWith(base + "doc/" + ARTICLE + ".html");
        assertEquals(200, response.statusCode());
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains(PUBLIC + "id/" + ARTICLE), "the page does not name the public IRI");
        return page;
    }
}
