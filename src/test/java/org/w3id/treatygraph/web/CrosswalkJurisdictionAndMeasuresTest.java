package org.w3id.treatygraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The coverage view over real HTTP for jurisdiction (Hanoi 22), confiscation (31), witnesses (33) and personal data
 * (36), hand-checked from the paragraph mappings. On 1 January 2005 Albania had ratified the Budapest Convention
 * (20 June 2002) and UNTOC (21 August 2002) but not UNCAC, in force only from 14 December 2005; so its UNCAC
 * counterparts are not bound, whatever UNCAC party data is added. Each obligation is written as its status, then
 * its counterparts in order of provision label as "kind provision" (or "kind in treaty" without one), "+" when bound.
 * Obligation names follow the obligations data: art31-5 is paragraph 3, art31-3 paragraph 7, art31-4 paragraph 8.
 */
class CrosswalkJurisdictionAndMeasuresTest {
    private static final String OBLIGATION = "id/obligation/un-cybercrime-convention/";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    /** Every jurisdiction obligation has a bound UNTOC 15 match; Budapest 22 matches three of them. */
    @Test
    void jurisdictionIsCarriedThroughUntocAndBudapest() throws Exception {
        assertEquals(Map.of(
                "art22-1", "covered | broadMatch Budapest Convention article 22(1) + | exactMatch UNCAC article 42(1)"
                        + " | exactMatch UNTOC article 15(1) +",
                "art22-2", "covered | relatedMatch Budapest Convention article 22(1) + | exactMatch UNCAC article 42(2)"
                        + " | closeMatch UNTOC article 15(2) +",
                "art22-3", "covered | closeMatch Budapest Convention article 22(3) + | exactMatch UNCAC article 42(3)"
                        + " | exactMatch UNTOC article 15(3) +",
                "art22-4", "covered | exactMatch UNCAC article 42(4) | exactMatch UNTOC article 15(4) +",
                "art22-5", "covered | closeMatch Budapest Convention article 22(5) + | exactMatch UNCAC article 42(5)"
                        + " | exactMatch UNTOC article 15(5) +"),
                albaniaIn2005(22, 5, 0, 0));
    }

    /** UNTOC 12 has every confiscation duty but the administration of seized property, which only UNCAC 31(3) has. */
    @Test
    void confiscationIsCarriedSaveTheAdministrationOfSeizedProperty() throws Exception {
        assertEquals(Map.of(
                "art31-1", "covered | exactMatch UNCAC article 31(1) | exactMatch UNTOC article 12(1) +",
                "art31-2", "covered | exactMatch UNCAC article 31(2) | exactMatch UNTOC article 12(2) +",
                "art31-5", "new | exactMatch UNCAC article 31(3) | noCounterpart in untoc +",
                "art31-3", "covered | exactMatch UNCAC article 31(7) | exactMatch UNTOC article 12(6) +",
                "art31-4", "covered | closeMatch UNCAC article 31(8) | exactMatch UNTOC article 12(7) +"),
                albaniaIn2005(31, 4, 0, 1));
    }

    /** UNTOC 24 protects testifying witnesses only; Hanoi 33(1) adds good-faith informants and cooperators. */
    @Test
    void witnessProtectionIsPartlyCarried() throws Exception {
        assertEquals(Map.of(
                "art33-1", "partly | narrowMatch UNCAC article 32(1) | narrowMatch UNTOC article 24(1) +",
                "art33-2", "covered | closeMatch UNCAC article 32(2) | exactMatch UNTOC article 24(2) +",
                "art33-3", "covered | exactMatch UNCAC article 32(3) | exactMatch UNTOC article 24(3) +"),
                albaniaIn2005(33, 2, 1, 0));
    }

    /** No treaty of the three protects personal data: all five duties are new, two with a related rule beside them. */
    @Test
    void personalDataProtectionIsNewForABudapestAndUntocParty() throws Exception {
        assertEquals(Map.of(
                "art36-1", "new | noCounterpart in budapest-convention +",
                "art36-2", "new | relatedMatch Budapest Convention article 28(2) +",
                "art36-3", "new | noCounterpart in budapest-convention +",
                "art36-4", "new | noCounterpart in budapest-convention +",
                "art36-5", "new | relatedMatch UNTOC article 18(19) +"),
                albaniaIn2005(36, 0, 0, 5));
    }

    /** Albania's obligations of one article on 1 January 2005, each as described above, after checking the counts. */
    private static Map<String, String> albaniaIn2005(int article, int covered, int partly, int fresh) throws Exception {
        HttpResponse<byte[]> response = server.get("/crosswalk.json?party=ALB&at=2005-01-01&article=" + article,
                "application/json");
        assertEquals(200, response.statusCode());
        JsonObject answer = JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
        JsonObject counts = answer.get("counts").getAsObject();
        assertEquals(List.of(covered, partly, fresh, 0), List.of(count(counts, "covered"), count(counts, "partly"),
                count(counts, "new"), count(counts, "notMapped")), "covered, partly, new, not mapped in article " + article);
        Map<String, String> obligations = new TreeMap<>();
        for (JsonValue value : answer.get("obligations").getAsArray()) {
            JsonObject o = value.getAsObject();
            String iri = o.get("obligation").getAsString().value();
            List<String> parts = new ArrayList<>();
            for (JsonValue c : o.get("counterparts").getAsArray()) {
                parts.add(counterpart(c.getAsObject()));
            }
            parts.sort(Comparator.comparing(part -> part.substring(part.indexOf(' ') + 1)));
            parts.add(0, o.get("status").getAsString().value());
            obligations.put(iri.substring(iri.indexOf(OBLIGATION) + OBLIGATION.length()), String.join(" | ", parts));
        }
        return obligations;
    }

    private static String counterpart(JsonObject c) {
        String kind = c.get("kind").getAsString().value();
        JsonValue label = c.get("provisionLabel");
        String treaty = c.get("treaty").getAsString().value();
        String target = label.isString() ? label.getAsString().value() : "in " + treaty.substring(treaty.lastIndexOf('/') + 1);
        return kind + " " + target + (c.get("bound").getAsBoolean().value() ? " +" : "");
    }

    private static int count(JsonObject counts, String status) {
        return counts.get(status).getAsNumber().value().intValue();
    }
}
