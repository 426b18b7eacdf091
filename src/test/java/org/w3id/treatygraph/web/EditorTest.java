package org.w3id.treatygraph.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query editor over HTTP: its completion terms, its scripts from this server only, its policy, its downloads. */
class EditorTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void completionTermsComeFromTheOntologyOnTheServersBase() throws Exception {
        HttpResponse<byte[]> response = server.get("/editor/terms.json", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject terms = JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
        String tg = server.url("/ontology#");
        assertEquals(tg, terms.getObj("prefixes").getString("tg"));
        assertEquals(server.url("/id/"), terms.getObj("prefixes").getString("tgid"));
        assertEquals("http://www.w3.org/2004/02/skos/core#", terms.getObj("prefixes").getString("skos"));
        assertTrue(labelOf(terms, "properties", tg + "party").equals("party"), "tg:party with its label");
        assertTrue(!labelOf(terms, "classes", tg + "State").isEmpty(), "tg:State with its label");
        assertTrue(terms.get("properties").getAsArray().size() > 150, "every property the ontology declares");
        assertTrue(terms.get("properties").getAsArray().stream().allMatch(t -> t.getAsObject().getString("iri")
                .startsWith("http")));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.getWith("/editor/terms.json", "If-None-Match", etag).statusCode());
    }

    @Test
    void theEditorLoadsItsScriptsFromThisServerUnderAStrictPolicy() throws Exception {
        HttpResponse<byte[]> response = server.get("/editor", "text/html");
        String html = new String(response.body(), StandardCharsets.UTF_8);
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+\\.(?:js|css))\"").matcher(html);
        int count = 0;
        while (sources.find()) {
            assertTrue(sources.group(1).startsWith(server.url("/static/")), "served from the jar: " + sources.group(1));
            assertEquals(200, server.get(sources.group(1), null).statusCode(), sources.group(1));
            count++;
        }
        assertTrue(count >= 5, "the style sheets and scripts: " + count);
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';") && policy.contains("default-src 'self';"), policy);
        assertFalse(policy.contains("unsafe"), policy);
        assertTrue(policy.contains("'" + EditorHandler.YASGUI_STYLES[0] + "'"), policy);
        assertTrue(html.contains("data-endpoint=\"" + server.url("/sparql") + "\""), "the endpoint is this server's");
    }

    @Test
    void withoutScriptsTheFormOffersEveryDownloadAndSaysWhenRowsAreLeftOut() throws Exception {
        String select = page("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
        assertTrue(select.contains("only the first"), "a cut answer says so");
        for (String format : List.of("csv", "tsv", "json", "xml")) {
            assertTrue(select.contains("&format=" + format + "\""), format);
        }
        String construct = page("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/treatygraph/ontology#Chapter> ; ?p ?o }");
        assertFalse(construct.contains("only the first"), "all rows shown");
        for (String format : List.of("ttl", "nt", "json-ld", "xml")) {
            Matcher link = Pattern.compile("href=\"([^\"]+&format=" + Pattern.quote(format) + ")\"").matcher(construct);
            assertTrue(link.find(), format);
            HttpResponse<byte[]> download = server.get(link.group(1), null);
            assertEquals(200, download.statusCode(), format);
            assertTrue(download.body().length > 1000, format);
        }
    }

    @Test
    void theLabelLookupFindsLabelsOfIrisOnTheServersBase() throws Exception {
        // The editor's second query: VALUES of the IRIs shown, on the server's base, read as the canonical IRIs.
        String query = "SELECT ?label WHERE { VALUES ?iri { <" + server.url("/id/state/VNM") + "> } "
                + "?iri <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
        HttpResponse<byte[]> response = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "text/csv");
        assertEquals("label\r\nViet Nam\r\n", new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String labelOf(JsonObject terms, String kind, String iri) {
        return terms.get(kind).getAsArray().stream().map(JsonValue::getAsObject)
                .filter(t -> t.getString("iri").equals(iri)).map(t -> t.getString("label")).findFirst().orElse("");
    }

    private static String page(String query) throws Exception {
        HttpResponse<byte[]> response = server.get("/editor?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "text/html");
        assertEquals(200, response.statusCode());
        // Attribute values as a browser reads them (Mustache escapes "&" and "=").
        return new String(response.body(), StandardCharsets.UTF_8).replace("&#61;", "=").replace("&amp;", "&");
    }
}
