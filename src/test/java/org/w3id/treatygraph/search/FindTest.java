package org.w3id.treatygraph.search;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citation lookup: /find answers 303 to one provision, 300 with the choices, 404 or 400 with a message. */
class FindTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static String location(String query) throws Exception {
        HttpResponse<byte[]> response = server.get("/find?" + query, null);
        assertEquals(303, response.statusCode(), query + ": " + new String(response.body(), StandardCharsets.UTF_8));
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/id/"));
    }

    @Test
    void aCitationRedirectsToItsProvision() throws Exception {
        String hanoi = "/id/treaty/un-cybercrime-convention/article/";
        // UNTOC article 16 has a paragraph 5 too since the crosswalk (issue 17): the Hanoi Convention is named.
        assertEquals(hanoi + "16/paragraph/5", location("q=" + RunningServer.encode("Hanoi art 16(5)")));
        assertEquals(hanoi + "16/paragraph/5", location("q=" + RunningServer.encode("Hanoi Article 16 paragraph 5")));
        assertEquals(hanoi + "16/paragraph/5", location("article=16&paragraph=5&treaty=hanoi"));
        assertEquals("/id/treaty/untoc/article/16/paragraph/5", location("q=" + RunningServer.encode("UNTOC art 16(5)")));
        assertEquals(hanoi + "17/paragraph/2/subparagraph/d", location("q=" + RunningServer.encode("art. 17(2)(d)")));
        assertEquals(hanoi + "16", location("q=" + RunningServer.encode("Hanoi art 16")));
        assertEquals("/id/treaty/budapest-convention/article/2", location("q=" + RunningServer.encode("Budapest art 2")));
        assertEquals("/id/treaty/untoc/article/18", location("q=" + RunningServer.encode("UNTOC art 18")));
        assertEquals("/id/treaty/uncac/article/26", location("q=" + RunningServer.encode("UNCAC art 26")));
        assertEquals("/id/treaty/uncac/article/26", location("q=" + RunningServer.encode("article 26 of UNCAC")));
        assertEquals("/id/treaty/budapest-convention/article/2", location("article=2&treaty=budapest"));
    }

    @Test
    void noTreatyNamedMeansTheConventionAndAnyTreatyIs300WithTheChoices() throws Exception {
        assertEquals("/id/treaty/un-cybercrime-convention/article/16/paragraph/5",
                location("q=" + RunningServer.encode("art 16(5)")), "UNTOC has a 16(5) too; the Convention comes first");
        assertEquals("/id/treaty/un-cybercrime-convention/article/2", location("q=" + RunningServer.encode("art 2")));
        assertEquals("/id/treaty/uncac/article/70", location("q=" + RunningServer.encode("art 70")),
                "the Convention has 68 articles: the treaty that has the 70th");
        HttpResponse<byte[]> response = server.get("/find?q=" + RunningServer.encode("art 2") + "&treaty=any",
                "application/json");
        assertEquals(300, response.statusCode());
        JsonObject answer = JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
        List<String> choices = answer.get("choices").getAsArray().stream()
                .map(c -> c.getAsObject().getString("iri")).toList();
        assertEquals(List.of("https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/2",
                "https://w3id.org/treatygraph/id/treaty/budapest-convention/article/2",
                "https://w3id.org/treatygraph/id/treaty/untoc/article/2"), choices);
        HttpResponse<byte[]> page = server.get("/find?article=2&treaty=any", "text/html");
        assertEquals(300, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("Budapest Convention: Article 2"));
    }

    @Test
    void noSuchProvisionIs404AndNoCitationIs400() throws Exception {
        HttpResponse<byte[]> missing = server.get("/find?q=" + RunningServer.encode("art 99"), "application/json");
        assertEquals(404, missing.statusCode());
        assertTrue(JSON.parse(new String(missing.body(), StandardCharsets.UTF_8)).getString("message")
                .contains("No article 99"));
        HttpResponse<byte[]> paragraph = server.get("/find?q=" + RunningServer.encode("Budapest art 2(2)"), "text/plain");
        assertEquals(404, paragraph.statusCode());
        assertTrue(new String(paragraph.body(), StandardCharsets.UTF_8).contains("Article 2"));
        for (String query : List.of("", "q=", "q=hello", "q=" + RunningServer.encode("Narnia art 2"), "article=x")) {
            assertEquals(400, server.get("/find?" + query, "text/plain").statusCode(), query);
        }
        HttpResponse<byte[]> malformed = server.get("/find?q=%00%ff", "text/plain");
        assertEquals(400, malformed.statusCode(), "a query string that is not UTF-8 is the client's error, not a 500");
        assertTrue(new String(malformed.body(), StandardCharsets.UTF_8).contains("percent-encode its parameters as UTF-8"));
    }

    @Test
    void citationsAreReadAsPeopleWriteThem() {
        assertEquals(new Citation(Optional.empty(), 16, Optional.of(5), Optional.empty()), Citation.parse("art 16(5)"));
        assertEquals(new Citation(Optional.empty(), 16, Optional.of(5), Optional.empty()), Citation.parse("16 (5)"));
        assertEquals(new Citation(Optional.empty(), 2, Optional.empty(), Optional.of("a")), Citation.parse("Article 2(a)"));
        assertEquals(new Citation(Optional.of("budapest-convention"), 2, Optional.empty(), Optional.empty()),
                Citation.parse("ETS 185, art. 2"));
        assertThrows(IllegalArgumentException.class, () -> Citation.parse("article"));
    }
}
