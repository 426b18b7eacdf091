package org.w3id.treatygraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The coverage view for chapters VI-IX (prevention, technical assistance, the Conference and the final clauses) over
 * real HTTP on the curated data. On 1 January 2005 Albania had deposited its instruments to the Budapest Convention
 * (20 June 2002) and UNTOC (21 August 2002) but not yet to UNCAC, so only UNTOC and Budapest counterparts count. The
 * expected statuses are worked out by hand from the mappings, paragraph by paragraph (see each test).
 */
class CrosswalkPreventionAndMechanismTest {
    private static final String AT = "2005-01-01";

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    /**
     * 53(1) UNTOC 31(1), 53(5) UNTOC 31(4), 53(6) UNTOC 31(7), 53(7) UNTOC 31(6): close, covered. 53(2) has only a
     * related UNTOC 31(5) and UNCAC 13(1); 53(3) only related ones; 53(4) only UNCAC 13(2): new.
     */
    @Test
    void preventionIsPartlyCarriedByUntoc() throws Exception {
        assertEquals(expected("53(1) covered, 53(2) new, 53(3) new, 53(4) new, 53(5) covered, 53(6) covered, 53(7) covered"),
                statuses(53));
    }

    /**
     * 54(2), 54(5), 54(7), 54(8): close matches of UNTOC 29(1)-(4), covered. 54(1), 54(6), 54(9), 54(10) have only UNCAC
     * 60 counterparts, 54(3) a related UNTOC 29(1), 54(4) none at all: new.
     */
    @Test
    void technicalAssistanceIsCoveredWhereUntocTwentyNineHasTheSameDuty() throws Exception {
        assertEquals(expected("54(1) new, 54(2) covered, 54(3) new, 54(4) new, 54(5) covered, 54(6) new, 54(7) covered,"
                + " 54(8) covered, 54(9) new, 54(10) new"), statuses(54));
    }

    /**
     * 57(2) UNTOC 32(2) close: covered. 57(3) UNTOC 32(2), 57(5) UNTOC 32(3), 57(6) UNTOC 32(5): narrower, partly (the
     * Budapest consultations of 46(1) are only related to 57(5)). 57(4) has no counterpart, 57(7) a related UNTOC 32(4),
     * 57(8) only UNCAC 63(7): new. 57(1) sets up the Conference and carries no obligation.
     */
    @Test
    void theConferenceOfTheStatesPartiesSaysMoreThanUntocs() throws Exception {
        assertEquals(expected("57(2) covered, 57(3) partly, 57(4) new, 57(5) partly, 57(6) partly, 57(7) new, 57(8) new"),
                statuses(57));
    }

    @Test
    void everyObligationOfChaptersSixToNineIsMapped() throws Exception {
        for (int article : new int[] {53, 54, 55, 56, 57, 58, 59, 62, 63, 64, 66, 67}) {
            JsonObject answer = answer(article);
            assertEquals(0, answer.get("counts").getAsObject().get("notMapped").getAsNumber().value().intValue(),
                    "article " + article);
            assertTrue(answer.get("obligations").getAsArray().size() > 0, "article " + article);
        }
    }

    @Test
    void aCounterpartOfAnUnboundTreatyIsShownButDoesNotCount() throws Exception {
        JsonObject bodies = obligation(57, "57(8)");
        JsonArray counterparts = bodies.get("counterparts").getAsArray();
        assertEquals(1, counterparts.size());
        JsonObject uncac = counterparts.get(0).getAsObject();
        assertEquals("exactMatch", uncac.get("kind").getAsString().value());
        assertEquals("UNCAC article 63(7)", uncac.get("provisionLabel").getAsString().value());
        assertEquals("verified", uncac.get("confidence").getAsString().value());
        assertEquals(false, uncac.get("bound").getAsBoolean().value());
        assertTrue(uncac.get("consentBy").isNull());

        JsonObject notice = obligation(53, "53(7)");
        JsonObject untoc = notice.get("counterparts").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(c -> c.get("treaty").getAsString().value().endsWith("/treaty/untoc")).findFirst().orElseThrow();
        assertEquals("UNTOC article 31(6)", untoc.get("provisionLabel").getAsString().value());
        assertEquals("closeMatch", untoc.get("kind").getAsString().value());
        assertEquals("2002-08-21", untoc.get("consentBy").getAsString().value());
        assertTrue(untoc.get("evidence").getAsString().value().contains("BWBV0001668"));
    }

    /** "53(1) covered, 53(2) new" as a map from paragraph to status. */
    private static Map<String, String> expected(String list) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : list.split(",\\s*")) {
            String[] parts = pair.split(" ");
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    private static Map<String, String> statuses(int article) throws Exception {
        Map<String, String> map = new TreeMap<>();
        for (JsonValue o : answer(article).get("obligations").getAsArray()) {
            map.put(id(o.getAsObject()), o.getAsObject().get("status").getAsString().value());
        }
        return map;
    }

    private static JsonObject obligation(int article, String id) throws Exception {
        return answer(article).get("obligations").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(o -> id(o).equals(id)).findFirst().orElseThrow();
    }

    /** The obligation's paragraph, "53(1)" (each paragraph of these articles carries at most one obligation). */
    private static String id(JsonObject obligation) {
        return obligation.get("provisionLabel").getAsString().value().replace("Article ", "");
    }

    private static JsonObject answer(int article) throws Exception {
        String path = "/crosswalk.json?party=ALB&at=" + AT + "&article=" + article;
        HttpResponse<byte[]> response = server.get(path, "application/json");
        assertEquals(200, response.statusCode(), path);
        return JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
    }
}
