package org.w3id.treatygraph.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.write.Credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page over HTTP: a reservation written through the API appears on the page of its article. */
class ArticlePageTest {
    private static final String TOKEN = "article-page-test-token-0123456789";
    private static final String ARTICLE_23 = "/doc/treaty/un-cybercrime-convention/article/23";

    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)));

    @Test
    void aReservationUnderAParagraphIsListedOnItsArticle() throws Exception {
        assertFalse(page(ARTICLE_23).contains("reservations-heading"), "no reservation yet");
        HttpResponse<byte[]> write = server.sendBody("POST", "/update", TestProject.WRITE_PREFIXES + """
                INSERT DATA { GRAPH tgg:article-page-test { tgg:article-page-test a tg:DataGraph ;
                    dcterms:title "Article page test"@en ; prov:wasDerivedFrom <source/treatygraph-write-api> .
                  <action/un-cybercrime-convention/reservation/VNM-test> a tg:Reservation ; rdfs:label "Reservation by Viet Nam (test)"@en ;
                    tg:party <state/VNM> ; tg:treaty <treaty/un-cybercrime-convention> ;
                    tg:concernsProvision <treaty/un-cybercrime-convention/article/23/paragraph/3> ;
                    dcterms:date "2026-09-15"^^xsd:date ; tg:confidence tg:Verified ; tg:evidence "test" } }""",
                "Content-Type", "application/sparql-update", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, write.statusCode(), new String(write.body(), StandardCharsets.UTF_8));
        String html = page(ARTICLE_23);
        assertTrue(html.contains("id=\"reservations-heading\""), html);
        assertTrue(html.contains(">Reservation by Viet Nam (test)</a>"), html);
    }

    @Test
    void everyTreatyHasItsContentsAndCounterpartsCompareBothWays() throws Exception {
        for (String treaty : java.util.List.of("un-cybercrime-convention", "budapest-convention", "untoc", "uncac")) {
            String html = page("/doc/treaty/" + treaty);
            assertTrue(html.contains("class=\"toc-part\""), treaty);
        }
        assertTrue(page("/doc/treaty/budapest-convention").contains("Chapter II. Measures to be taken at the national level"));
        String budapest2 = page("/doc/treaty/budapest-convention/article/2");
        assertTrue(budapest2.contains("id=\"compare-heading\""), budapest2);
        assertTrue(budapest2.contains(">United Nations Convention against Cybercrime</a></h3>")
                && budapest2.contains("<strong>Article 7. Illegal access</strong>"), budapest2);
    }

    private static String page(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
