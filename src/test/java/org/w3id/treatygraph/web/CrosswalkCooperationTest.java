package org.w3id.treatygraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The coverage view for chapter V beyond articles 37, 40 and 41 (articles 42-52), over real HTTP on the curated data,
 * for Albania on 1 January 2005. By then it had deposited its instruments to the Budapest Convention (20 June 2002)
 * and UNTOC (21 August 2002), but none to UNCAC (it ratified in 2006, and the convention entered into force on
 * 14 December 2005), so the answers below hold whatever UNCAC party data is added. Each expectation was worked out by
 * hand from the mappings in data/crosswalk-paragraphs.trig, paragraph by paragraph, as the comments say.
 */
class CrosswalkCooperationTest {
    private static final String AT = "2005-01-01";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    /**
     * Expedited preservation against Budapest 29: 42(1), (4), (7), (8) exact and 42(5) close are carried; 42(3) adds
     * a confidentiality element to the request (narrower counterpart); 42(2) (using the 24/7 network to locate data)
     * and 42(6) (a different list of refusal grounds) are only related, and 42(9) (extension) has no counterpart.
     */
    @Test
    void preservationRequestsAreMostlyCarriedThroughBudapest() throws Exception {
        assertEquals(Map.of("art42-1", "covered", "art42-2", "new", "art42-3", "partly", "art42-4", "covered",
                "art42-5", "covered", "art42-6", "new", "art42-7", "covered", "art42-8", "covered", "art42-9", "new"),
                statuses(42));
    }

    /**
     * Law-enforcement cooperation: 47(1) is a close match of UNTOC 27(1), 47(2) an exact match of UNTOC 27(2); the
     * UNCAC counterparts (48(1) and 48(2)) are listed too, but Albania was not bound by UNCAC yet.
     */
    @Test
    void lawEnforcementCooperationIsCarriedThroughUntocNotYetUncac() throws Exception {
        assertEquals(Map.of("art47-1", "covered", "art47-2", "covered"), statuses(47));
        assertEquals(Map.of(
                        "art47-1", List.of("UNCAC article 48(1) closeMatch likely not bound",
                                "UNTOC article 27(1) closeMatch likely consent 2002-08-21"),
                        "art47-2", List.of("UNCAC article 48(2) exactMatch verified not bound",
                                "UNTOC article 27(2) exactMatch verified consent 2002-08-21")),
                counterparts(47));
    }

    /**
     * Confiscation cooperation against UNTOC 13 (UNCAC 55 not yet binding): 50(1), (2), (5), (6) and (10) are exact
     * matches of 13(1), (2), (5), (6) and (9); 50(3) asks more of a request than 13(3) (narrower counterpart); 50(7)
     * refuses on other grounds than 13(7) (related), and 50(8), hearing the requesting State before lifting a measure,
     * has no UNTOC counterpart: both are exact matches of UNCAC 55(7) and 55(8) only.
     */
    @Test
    void confiscationCooperationSplitsBetweenUntocAndUncac() throws Exception {
        assertEquals(Map.of("art50-1", "covered", "art50-2", "covered", "art50-3", "partly", "art50-4", "covered",
                "art50-5", "covered", "art50-6", "new", "art50-7", "new", "art50-8", "covered"), statuses(50));
    }

    /**
     * The mechanisms for recovery of property mirror UNCAC 54 word for word; UNTOC has only related duties in 13(1)
     * and 13(2) and nothing on confiscation without conviction or further preservation, so before UNCAC every one of
     * article 49's obligations is new.
     */
    @Test
    void recoveryMechanismsAreNewBeforeUncac() throws Exception {
        assertEquals(Map.of("art49-1", "new", "art49-2", "new", "art49-3", "new", "art49-4", "new"), statuses(49));
    }

    /** Every obligation of articles 42 to 52 has at least one mapping. */
    @Test
    void everyObligationOfTheRangeIsMapped() throws Exception {
        for (int article = 42; article <= 52; article++) {
            JsonObject counts = answer(article).get("counts").getAsObject();
            assertEquals(0, counts.get("notMapped").getAsNumber().value().intValue(), "article " + article);
        }
    }

    /** Albania's obligations of one article on the day, by their local name (art42-1 …), with their status. */
    private static Map<String, String> statuses(int article) throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        obligations(article).forEach(o -> statuses.put(localName(o), o.get("status").getAsString().value()));
        return statuses;
    }

    /** Each obligation's counterparts, one sorted line each: label, kind, confidence, consent date or "not bound". */
    private static Map<String, List<String>> counterparts(int article) throws Exception {
        Map<String, List<String>> lines = new TreeMap<>();
        for (JsonObject o : obligations(article)) {
            List<String> described = new ArrayList<>();
            for (JsonValue value : o.get("counterparts").getAsArray()) {
                JsonObject c = value.getAsObject();
                described.add(c.get("provisionLabel").getAsString().value() + " " + c.get("kind").getAsString().value()
                        + " " + c.get("confidence").getAsString().value() + " "
                        + (c.get("bound").getAsBoolean().value() ? "consent " + c.get("consentBy").getAsString().value()
                                : "not bound"));
            }
            described.sort(null);
            lines.put(localName(o), described);
        }
        return lines;
    }

    private static List<JsonObject> obligations(int article) throws Exception {
        return answer(article).get("obligations").getAsArray().stream().map(JsonValue::getAsObject).toList();
    }

    private static String localName(JsonObject obligation) {
        String iri = obligation.get("obligation").getAsString().value();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static JsonObject answer(int article) throws Exception {
        String path = "/crosswalk.json?party=ALB&at=" + AT + "&article=" + article;
        HttpResponse<byte[]> response = server.get(path, "application/json");
        assertEquals(200, response.statusCode(), path);
        return JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
    }
}
