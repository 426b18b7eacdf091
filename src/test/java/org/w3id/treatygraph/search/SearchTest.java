package org.w3id.treatygraph.search;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.write.Credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full-text search over HTTP: /search as JSON and HTML, the kinds filter, bad input, text:query, writes. */
class SearchTest {
    private static final String TOKEN = "search-test-token-0123456789";
    private static final String ID = "https://w3id.org/treatygraph/id/";
    private static final String ARTICLE_16 = ID + "treaty/un-cybercrime-convention/article/16";

    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)));

    static JsonObject search(String parameters) throws Exception {
        HttpResponse<byte[]> response = server.get("/search?" + parameters, "application/json");
        assertEquals(200, response.statusCode(), text(response));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(text(response));
    }

    static List<String> iris(JsonObject answer) {
        return answer.get("results").getAsArray().stream().map(r -> r.getAsObject().getString("iri")).toList();
    }

    @Test
    void intimateFindsArticle16AndItsParagraphFirst() throws Exception {
        JsonObject answer = search("q=intimate");
        List<String> iris = iris(answer);
        assertEquals(ARTICLE_16, iris.get(0), iris.toString());
        assertTrue(iris.subList(0, 3).stream().anyMatch(i -> i.startsWith(ARTICLE_16 + "/paragraph/")), iris.toString());
        assertTrue(iris.subList(0, 8).contains(ARTICLE_16 + "/paragraph/1"), iris.toString());
        assertTrue(iris.subList(0, 3).contains(ID + "term/intimate-image"), iris.toString());
        JsonObject first = answer.get("results").getAsArray().get(0).getAsObject();
        assertEquals("article", first.getString("kind"));
        assertEquals("Article 16. Non-consensual dissemination of intimate images", first.getString("label"));
        assertTrue(first.getString("snippet").toLowerCase().contains("intimate"), first.toString());
        assertEquals("https://w3id.org/treatygraph/graph/treaty-text", first.getString("graph"));
        assertTrue(first.getString("page").endsWith("/id/treaty/un-cybercrime-convention/article/16"));
        for (JsonValue result : answer.get("results").getAsArray()) {
            assertTrue(result.getAsObject().hasKey("graph") && result.getAsObject().hasKey("property"), result.toString());
        }
        JsonObject paragraph1 = answer.get("results").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(r -> r.getString("iri").equals(ARTICLE_16 + "/paragraph/1")).findFirst().orElseThrow();
        assertEquals("Criminalise intentionally disseminating, without right and via an ICT system, an intimate image"
                + " of a person without that person's consent.", paragraph1.getString("snippet"));
        assertEquals("https://w3id.org/treatygraph/graph/provisions", paragraph1.getString("graph"));
        // Grouped by kind: the articles first, then the paragraphs.
        List<String> kinds = answer.get("groups").getAsArray().stream()
                .map(g -> g.getAsObject().getString("kind")).toList();
        assertEquals("article", kinds.get(0));
        assertEquals("paragraph", kinds.get(1));
    }

    @Test
    void theKindsFilterKeepsOnlyThoseKinds() throws Exception {
        JsonObject answer = search("q=intimate&kinds=term,paragraph");
        assertFalse(iris(answer).isEmpty());
        for (JsonValue result : answer.get("results").getAsArray()) {
            String kind = result.getAsObject().getString("kind");
            assertTrue(kind.equals("term") || kind.equals("paragraph"), kind);
        }
        assertTrue(iris(answer).contains(ID + "term/intimate-image"), iris(answer).toString());
        assertEquals(List.of(ID + "term/intimate-image"), iris(search("q=intimate&kinds=term")));
    }

    @Test
    void badInputIs400WithAMessage() throws Exception {
        for (String query : List.of("", "q=", "q=%20%20", "q=%22unbalanced", "q=(unclosed", "q=intimate&kinds=nonsense",
                "q=intimate&limit=0", "q=intimate&limit=x")) {
            HttpResponse<byte[]> response = server.get("/search?" + query, "application/json");
            assertEquals(400, response.statusCode(), query + ": " + text(response));
            assertTrue(JSON.parse(text(response)).getString("message").length() > 20, text(response));
        }
        HttpResponse<byte[]> page = server.get("/search", "text/html");
        assertEquals(400, page.statusCode());
        assertTrue(text(page).contains("Give a text to search for"), text(page));
    }

    @Test
    void theHtmlPageGroupsResultsByKindEscaped() throws Exception {
        HttpResponse<byte[]> response = server.get("/search?q=intimate", "text/html");
        assertEquals(200, response.statusCode());
        String html = text(response);
        assertTrue(html.contains("id=\"kind-article\""), html);
        assertTrue(html.contains("<mark>intimate</mark>"), html);
        String citation = text(server.get("/search?q=" + RunningServer.encode("art 16(5)"), "text/html"));
        assertTrue(citation.contains("id=\"go-to-citation\" href=\"") && citation.contains("/find?q&#61;art+16%285%29\""), citation);
        assertFalse(html.contains("go-to-citation"), "a plain word is no citation");
        HttpResponse<byte[]> script = server.get("/search?q=%3Cscript%3E", "text/html");
        assertEquals(200, script.statusCode(), text(script));
        assertFalse(text(script).contains("<script>"), "the query is escaped");
    }

    @Test
    void textQueryWorksInSparql() throws Exception {
        HttpResponse<byte[]> response = server.query("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                SELECT DISTINCT ?article WHERE { ?article text:query 'intimate' ; a tg:Article }""", "text/csv");
        assertEquals(200, response.statusCode(), text(response));
        // One identity: the answer names the article under the server's own base.
        assertEquals("article\r\n" + server.url("/id/treaty/un-cybercrime-convention/article/16") + "\r\n", text(response));
    }

    @Test
    void aWrittenLabelIsFoundRightAfterTheWriteAndGoneRightAfterItsDeletion() throws Exception {
        assertEquals(List.of(), iris(search("q=zanzibarian")));
        HttpResponse<byte[]> write = server.sendBody("POST", "/update", TestProject.WRITE_PREFIXES + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + """
                INSERT DATA { GRAPH tgg:search-test { tgg:search-test a tg:DataGraph ; dcterms:title "Search test"@en ;
                    prov:wasDerivedFrom <source/treatygraph-write-api> .
                  <treaty/un-cybercrime-convention/article/16> skos:altLabel "Zanzibarian test label"@en } }""",
                "Content-Type", "application/sparql-update", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, write.statusCode(), text(write));
        assertEquals(List.of(ARTICLE_16), iris(search("q=zanzibarian")));
        assertFalse(iris(search("q=intimate")).isEmpty(), "the article's other texts stay searchable");
        HttpResponse<byte[]> delete = server.sendBody("POST", "/update", TestProject.WRITE_PREFIXES
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "DELETE DATA { GRAPH tgg:search-test { <treaty/un-cybercrime-convention/article/16> skos:altLabel"
                + " \"Zanzibarian test label\"@en } }", "Content-Type", "application/sparql-update",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(200, delete.statusCode(), text(delete));
        assertEquals(List.of(), iris(search("q=zanzibarian")));
        assertTrue(iris(search("q=intimate")).contains(ARTICLE_16), "the article's own texts were indexed again");
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
