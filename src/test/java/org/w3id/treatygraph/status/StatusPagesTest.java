package org.w3id.treatygraph.status;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.write.Credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.status.StatusHttpTest.body;
import static org.w3id.treatygraph.status.StatusHttpTest.header;

/**
 * The status block of the resource pages over real HTTP: the Convention's and a State's pages at today's date and at
 * {@code ?at=} (never served from the cache of another date), and a reservation on the pages of the provision it
 * concerns once a curator has written it.
 */
class StatusPagesTest {
    private static final String TOKEN = "status-pages-token-0123456789";
    private static final String TREATY = "/doc/treaty/un-cybercrime-convention";
    private static final String HTML = "text/html";
    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)));

    @Test
    void theConventionsPageShowsItsStatusTodayOrOnTheDateAsked() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        HttpResponse<byte[]> eve = server.get(TREATY + "?at=2025-10-24", HTML);
        String evePage = body(eve);
        assertTrue(evePage.contains("<h2 id=\"status-heading\">Status on 2025-10-24</h2>"), evePage);
        assertTrue(evePage.contains("<dt>Signatories</dt><dd>0</dd>"), evePage);
        assertTrue(evePage.contains("No depositary evidence dated on or before 2025-10-24."));
        assertTrue(evePage.contains("<h1>United Nations Convention against Cybercrime</h1>"), "the page stays the resource's");
        assertTrue(evePage.contains("id=\"properties-heading\""), "with its property table");

        HttpResponse<byte[]> now = server.get(TREATY, HTML);
        String nowPage = body(now);
        assertTrue(nowPage.contains("<h2 id=\"status-heading\">Status on " + today + "</h2>"), "not the cached 24 October");
        assertTrue(nowPage.contains("<dt>Signatories</dt><dd>74</dd>"));
        assertTrue(nowPage.contains("<dt>Instruments counted (art 65(1))</dt><dd>0 of 40</dd>"));
        assertTrue(nowPage.contains("Not in force: 0 of the 40 instruments"));
        assertTrue(nowPage.contains("action(s) known only from news reports"));
        assertNotEquals(header(eve, "ETag"), header(now, "ETag"));
        assertTrue(body(server.get(TREATY + "?at=2025-10-24", HTML)).contains("Status on 2025-10-24"));
        assertEquals(304, server.getWith(TREATY + "?at=2025-10-24", "Accept", HTML, "If-None-Match",
                header(eve, "ETag")).statusCode());

        assertEquals(400, server.get(TREATY + "?at=2025-02-30", HTML).statusCode());
        assertEquals(200, server.get("/doc/treaty/un-cybercrime-convention/article/16?at=whenever", HTML).statusCode(),
                "pages without a status block ignore ?at=");
        assertFalse(body(server.get(TREATY + ".ttl?at=2025-10-24", "text/turtle")).contains("status-heading"));
    }

    @Test
    void aStatesPageShowsItsSignatureAndWhatIsOnlyReported() throws Exception {
        String page = body(server.get("/doc/state/VNM", HTML));
        assertTrue(page.contains("Status of the UN Convention against Cybercrime for Viet Nam on"), page);
        assertTrue(page.contains("<dt>Signed</dt><dd><a href=\"" + server.url("/id/action/un-cybercrime-convention/signature/VNM")
                + "\">2025-10-25 (reported, not in the depositary&#39;s record)</a></dd>"), page);
        assertTrue(page.contains("Signatory on "), "no instrument is evidenced");
        assertTrue(page.contains("<td>on or after 2026-01-01</td><td><a href=\"" + server.url("/id/action/un-cybercrime-convention/ratification/VNM")),
                "the reported ratification, whose day is not known, is listed as such: " + page);

        String eve = body(server.get("/doc/state/VNM?at=2025-10-24", HTML));
        assertTrue(eve.contains("Neither a signatory nor a party on 2025-10-24"), eve);
        assertEquals(200, server.get("/doc/state/VNM.ttl?at=nonsense", "text/turtle").statusCode(),
                "RDF documents do not depend on a date");
    }

    @Test
    void aReservationShowsOnThePagesOfTheProvisionItConcerns() throws Exception {
        String paragraph = "/doc/treaty/un-cybercrime-convention/article/63/paragraph/3";
        assertFalse(body(server.get(paragraph, HTML)).contains("status-heading"), "no reservation yet");
        HttpResponse<byte[]> write = server.sendBody("POST", "/update", TestProject.WRITE_PREFIXES + """
                INSERT DATA { GRAPH tgg:curation-status-pages {
                  tgg:curation-status-pages a tg:DataGraph ; dcterms:title "Test reservation"@en ;
                      prov:wasDerivedFrom <source/treatygraph-write-api> .
                  <action/un-cybercrime-convention/reservation/VNM-63-3> a tg:Reservation ;
                      rdfs:label "Reservation by Viet Nam to article 63(3)"@en ;
                      tg:party <state/VNM> ; tg:treaty <treaty/un-cybercrime-convention> ;
                      tg:concernsProvision <treaty/un-cybercrime-convention/article/63/paragraph/3> ;
                      dcterms:date "2025-10-25"^^xsd:date ; tg:confidence tg:Verified ;
                      tg:depositaryNotification "C.N.500.2025.TREATIES-XVIII.16" ; tg:evidence "test reservation" } }
                """, "Content-Type", "application/sparql-update", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, write.statusCode(), body(write));

        String page = body(server.get(paragraph, HTML));
        assertTrue(page.contains("Reservations, declarations and notifications"), page);
        assertTrue(page.contains(">Reservation</a></td><td><a href=\"" + server.url("/id/state/VNM") + "\">Viet Nam</a>"), page);
        assertTrue(body(server.get("/doc/treaty/un-cybercrime-convention/article/63", HTML))
                .contains("Reservations, declarations and notifications"), "the article's page lists its paragraphs' too");
        assertFalse(body(server.get("/doc/treaty/un-cybercrime-convention/article/62", HTML)).contains("status-heading"));
        assertTrue(body(server.get("/doc/state/VNM", HTML)).contains("<dt>Reservations</dt><dd>1</dd>"),
                "the State's page, rendered again after the write");
    }
}
