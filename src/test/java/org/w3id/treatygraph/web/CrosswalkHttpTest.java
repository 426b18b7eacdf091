package org.w3id.treatygraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The coverage view over real HTTP on the curated data. Hand-checked: Albania ratified the Budapest Convention on
 * 20 June 2002, UNTOC on 21 August 2002 and UNCAC on 25 May 2006 (Tractatenblad, the UN chapter's copy and
 * LegaCarta agree on the last); so on 1 January 2026 its chapter II obligations split as below (articles 7-21, 44
 * obligations). On 1 January 2001 it was bound by none of them, and every obligation is new. Through Budapest it also
 * carries most of chapter IV's procedural measures (articles 23-30). Bangladesh has only a UNCAC instrument in the
 * data (accession of 27 February 2007), so only UNCAC's counterparts count for it.
 */
class CrosswalkHttpTest {
    private static final String OBLIGATION = "id/obligation/un-cybercrime-convention/";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void aStatePartyToBudapestUntocAndUncacCarriesPartOfChapterTwo() throws Exception {
        Map<String, String> statuses = albaniaIn2026(7, 21);
        assertEquals(44, statuses.size());
        // Article 19 (participation and attempt) is covered through UNCAC 27(1)-(3), close matches: without UNCAC,
        // 19(1) was only partly covered (Budapest 11(1) says less) and 19(2), 19(3) were new.
        assertEquals(group("art7-1 art7-2 art8-1 art8-2 art9-1 art9-2 art10-1 art11-2 art12-1 art12-2 art17-1 art17-3"
                + " art17-4 art17-5 art17-6 art18-1 art18-2 art18-4 art19-1 art19-2 art19-3 art20-1 art21-1 art21-3"
                + " art21-5 art21-6"), with(statuses, "covered"));
        assertEquals(group("art11-1 art13-1 art14-1"), with(statuses, "partly"),
                "misuse of devices, fraud and child sexual abuse material: Hanoi says more");
        assertEquals(group("art14-2 art14-3 art14-4 art15-1 art15-2 art15-3 art15-4 art16-1 art16-2 art16-3 art16-4"
                + " art17-2 art21-2 art21-4 art21-7"), with(statuses, "new"));
    }

    /**
     * Bangladesh, with only a UNCAC instrument in the data (accession of 27 February 2007): from that day it carries
     * the chapter II obligations with an exact, close or broader UNCAC counterpart (laundering 17 ↔ 23, liability of
     * legal persons 18 ↔ 26, participation and attempt 19 ↔ 27, statute of limitations 20 ↔ 29, prosecution 21 ↔ 30);
     * 21(1) only partly (UNCAC 30(1) says less); 17(2)(a) has only a related UNCAC provision. The day before, none.
     */
    @Test
    void aStateWithOnlyAUncacInstrumentCarriesItsCounterparts() throws Exception {
        Map<String, String> statuses = statusesOf("BGD", "2026-01-01", 7, 21);
        assertEquals(44, statuses.size());
        Set<String> covered = group("art17-1 art17-3 art17-4 art17-5 art17-6 art18-1 art18-2 art18-4 art19-1 art19-2"
                + " art19-3 art20-1 art21-3 art21-5 art21-6");
        assertEquals(covered, with(statuses, "covered"));
        assertEquals(group("art21-1"), with(statuses, "partly"));
        assertEquals(44 - covered.size() - 1, with(statuses, "new").size());
        assertTrue(with(statuses, "new").containsAll(group("art7-1 art16-4 art17-2 art21-2 art21-4 art21-7")));

        JsonObject laundering = json("/crosswalk.json?party=BGD&at=2026-01-01&article=17");
        JsonObject first = laundering.get("obligations").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("provisionLabel").getAsString().value().equals("Article 17(1)")).findFirst().orElseThrow();
        JsonObject uncac = first.get("counterparts").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(c -> c.get("provisionLabel").getAsString().value().startsWith("UNCAC")).findFirst().orElseThrow();
        assertEquals("UNCAC article 23(1)", uncac.get("provisionLabel").getAsString().value());
        assertEquals("2007-02-27", uncac.get("consentBy").getAsString().value());
        assertTrue(uncac.get("bound").getAsBoolean().value());

        assertTrue(with(statusesOf("BGD", "2007-02-26", 7, 21), "new").size() == 44, "the day before its accession");
    }

    /**
     * Chapter IV's procedural measures (articles 23-30) against Budapest 14-21, hand-checked from the mappings:
     * exact or close matches are carried; 24(2) (an effective remedy added to the safeguards) and 28(4) (help from
     * those who know the network, also for seizure) say more; 24(4), safeguards applied to international
     * cooperation, has no Budapest counterpart.
     */
    @Test
    void aBudapestPartyCarriesMostOfTheProceduralMeasures() throws Exception {
        Map<String, String> statuses = albaniaIn2026(23, 30);
        assertEquals(23, statuses.size());
        assertEquals(group("art23-1 art23-2 art23-4 art23-5 art24-1 art24-3 art25-1 art25-2 art25-4 art26-1 art27-1"
                + " art28-1 art28-2 art28-3 art29-1 art29-2 art29-3 art30-1 art30-2 art30-3"), with(statuses, "covered"));
        assertEquals(group("art24-2 art28-4"), with(statuses, "partly"));
        assertEquals(group("art24-4"), with(statuses, "new"));
    }

    @Test
    void beforeItJoinedAnythingEveryObligationIsNew() throws Exception {
        JsonObject answer = json("/crosswalk.json?party=ALB&at=2001-01-01");
        JsonObject counts = answer.get("counts").getAsObject();
        assertEquals(0, counts.get("covered").getAsNumber().value().intValue());
        assertEquals(0, counts.get("partly").getAsNumber().value().intValue());
        JsonArray obligations = answer.get("obligations").getAsArray();
        assertEquals(obligations.size(), counts.get("new").getAsNumber().value().intValue());
        assertTrue(obligations.size() > 100);
        assertTrue(obligations.stream().flatMap(o -> o.getAsObject().get("counterparts").getAsArray().stream())
                .noneMatch(c -> c.getAsObject().get("bound").getAsBoolean().value()));
    }

    @Test
    void eachCounterpartNamesItsKindSourcesAndTheStatesInstrument() throws Exception {
        JsonObject answer = json("/crosswalk.json?party=ALB&at=2026-01-01&article=40");
        JsonObject bankSecrecy = answer.get("obligations").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("provisionLabel").getAsString().value().equals("Article 40(24)")).findFirst().orElseThrow();
        JsonObject untoc = bankSecrecy.get("counterparts").getAsArray().get(0).getAsObject();
        assertEquals("exactMatch", untoc.get("kind").getAsString().value());
        assertEquals("UNTOC article 18(8)", untoc.get("provisionLabel").getAsString().value());
        assertEquals("2002-08-21", untoc.get("consentBy").getAsString().value());
        assertEquals("verified", untoc.get("confidence").getAsString().value());
        assertTrue(untoc.get("evidence").getAsString().value().contains("statengeneraal/laws-markdown"));
        assertEquals("covered", bankSecrecy.get("status").getAsString().value());
    }

    @Test
    void theStatesPageSectionListsTheNewObligations() throws Exception {
        HttpResponse<byte[]> page = server.get("/crosswalk?party=ALB&at=2026-01-01", "text/html");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("New obligations for Albania if it ratifies</a>: "));
        assertTrue(html.contains("id=\"crosswalk-new\"") && html.contains("id=\"crosswalk-covered\""));
        assertTrue(html.contains("Article 15(1)"), "grooming, new for a Budapest party");
        HttpResponse<byte[]> form = server.get("/crosswalk", "text/html");
        assertEquals(200, form.statusCode());
        assertTrue(new String(form.body(), StandardCharsets.UTF_8).contains("name=\"party\""));
    }

    /**
     * The United States is a party to all three compared treaties, but none of the data's partial party lists
     * records it: the answer says its status there is unknown rather than letting "new" pass for a fact. Albania's
     * instruments are recorded under all three.
     */
    @Test
    void aStateTheOtherTreatiesListsDoNotRecordIsMarkedUnknownNotNonParty() throws Exception {
        Map<String, Boolean> usa = statusKnown(json("/crosswalk.json?party=USA&at=2026-01-01"));
        assertEquals(Map.of("Budapest Convention", false, "UNTOC", false, "UNCAC", false), usa);
        Map<String, Boolean> albania = statusKnown(json("/crosswalk.json?party=ALB&at=2026-01-01"));
        assertEquals(Map.of("Budapest Convention", true, "UNTOC", true, "UNCAC", true), albania);
        String html = new String(server.get("/crosswalk?party=USA&at=2026-01-01", "text/html").body(),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("UNTOC: <strong>no action recorded</strong>: its status there is unknown"), html);
    }

    private static Map<String, Boolean> statusKnown(JsonObject answer) {
        Map<String, Boolean> known = new TreeMap<>();
        for (JsonValue record : answer.get("otherTreaties").getAsArray()) {
            JsonObject r = record.getAsObject();
            known.put(r.get("treatyLabel").getAsString().value(), r.get("statusKnown").getAsBoolean().value());
            assertEquals(r.get("statusKnown").getAsBoolean().value(),
                    r.get("actionsRecorded").getAsNumber().value().intValue() > 0);
        }
        return known;
    }

    @Test
    void anUnknownStateOrABadDateIsAClear400() throws Exception {
        for (String query : new String[] {"party=XYZ", "party=alb", "party=", "party=ALB&at=2026-02-30",
                "party=ALB&at=1.1.2026", "party=ALB&article=forty"}) {
            HttpResponse<byte[]> response = server.get("/crosswalk.json?" + query, "application/json");
            assertEquals(400, response.statusCode(), query);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("party=ALB") || body.contains("YYYY-MM-DD") || body.contains("does not exist")
                    || body.contains("article"), query + ": " + body);
        }
    }

    /** Albania's obligations in articles first to last on 1 January 2026, by status; each must be mapped. */
    private static Map<String, String> albaniaIn2026(int first, int last) throws Exception {
        return statusesOf("ALB", "2026-01-01", first, last);
    }

    /** A State's obligations in articles first to last on a day, by status; each must be mapped. */
    private static Map<String, String> statusesOf(String party, String at, int first, int last) throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        for (int article = first; article <= last; article++) {
            JsonObject answer = json("/crosswalk.json?party=" + party + "&at=" + at + "&article=" + article);
            assertEquals(0, answer.get("counts").getAsObject().get("notMapped").getAsNumber().value().intValue(),
                    "every obligation is mapped (article " + article + ")");
            for (JsonValue o : answer.get("obligations").getAsArray()) {
                String iri = o.getAsObject().get("obligation").getAsString().value();
                statuses.put(iri.substring(iri.indexOf(OBLIGATION) + OBLIGATION.length()),
                        o.getAsObject().get("status").getAsString().value());
            }
        }
        return statuses;
    }

    private static JsonObject json(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "application/json");
        assertEquals(200, response.statusCode(), path);
        return JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static Set<String> with(Map<String, String> statuses, String status) {
        return statuses.entrySet().stream().filter(e -> e.getValue().equals(status)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> group(String obligations) {
        return new TreeSet<>(List.of(obligations.split(" ")));
    }
}
