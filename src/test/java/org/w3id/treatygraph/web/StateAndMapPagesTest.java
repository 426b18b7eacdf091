package org.w3id.treatygraph.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A State's page and the signatories map over HTTP, against what the curated data says. */
class StateAndMapPagesTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void vietNamsPageHasItsSignatureOfficialsAndStatements() throws Exception {
        String html = page("/doc/state/VNM");
        assertTrue(html.contains("Signed on 2025-10-25 at Hanoi"), "when and where");
        assertTrue(html.contains(">State President of Viet Nam</a>: <span class=\"detail\">held by Luong Cuong</span>"));
        assertTrue(html.contains(">Luong Cuong on combating cybercrime as a national priority</a>"), "a statement by an official");
        assertTrue(html.contains(">Viet Nam ranks 17th of 194 countries in cyber security capacity (Carl Thayer)</a>"),
                "a claim about the State");
        assertTrue(html.contains("id=\"status-heading\""), "the status block at a glance");
    }

    @Test
    void albaniasPageHasItsBudapestAndUncacActions() throws Exception {
        String html = page("/doc/state/ALB");
        assertTrue(html.contains("(Budapest Convention)</a>: <span class=\"detail\">ratification 2002-06-20; signature 2001-11-23</span>"),
                html.substring(html.indexOf("id=\"treaties\"")));
        // UNCAC: Albania's ratification of 25 May 2006, in four of the new party lists (none had it before).
        assertTrue(html.contains("United Nations Convention against Corruption</a>: <span class=\"detail\">ratification 2006-05-25</span>"),
                html.substring(html.indexOf("id=\"treaties\"")));
        assertTrue(html.contains("No official of this State is named"));
    }

    @Test
    void albaniasPageCountsWhatWouldBeNewForItAsTheCrosswalkDoes() throws Exception {
        String html = page("/doc/state/ALB");
        String today = LocalDate.now().toString();
        HttpResponse<byte[]> answer = server.get("/crosswalk.json?party=ALB&at=" + today, "application/json");
        assertEquals(200, answer.statusCode());
        JsonObject counts = JSON.parse(new String(answer.body(), StandardCharsets.UTF_8)).getObj("counts");
        assertTrue(counts.get("new").getAsNumber().value().intValue() > 0, "Albania is not bound by every counterpart");
        String section = html.substring(html.indexOf("id=\"crosswalk\""));
        for (String status : new String[] {"new", "partly", "covered"}) {
            Matcher item = Pattern.compile("ALB[^\"]*" + today + "#crosswalk-" + status + "\">(\\d+) ")
                    .matcher(section);
            assertTrue(item.find(), status + " in " + section);
            assertEquals(counts.get(status).getAsNumber().value().intValue(), Integer.parseInt(item.group(1)), status);
        }
    }

    @Test
    void theMapColoursEachStateByItsStatus() throws Exception {
        String html = page("/signatories");
        assertEquals("status-signed", shapeClass(html, "VNM"), "Viet Nam signed in Hanoi");
        assertEquals("status-none", shapeClass(html, "IND"), "India has not signed");
        assertTrue(html.contains("do not imply official endorsement"));
        assertTrue(html.contains("<progress id=\"eif\" value=\"0\" max=\"40\">"), "the count toward entry into force");
        Matcher small = Pattern.compile("<li class=\"status-[a-z]+\"><a href=\"[^\"]+/id/state/MHL\">Marshall Islands</a>")
                .matcher(html);
        assertTrue(small.find(), "a State without a shape is listed below the map");
        assertTrue(html.contains("<td class=\"date\">2025-10-25</td>"), "the timeline's table");
        HttpResponse<byte[]> svg = server.get("/map/world.svg", null);
        assertEquals("image/svg+xml;charset=utf-8", svg.headers().firstValue("Content-Type").orElseThrow());
        String map = new String(svg.body(), StandardCharsets.UTF_8);
        assertEquals("status-signed", shapeClass(map, "VNM"));
        assertFalse(map.contains("<html"));
    }

    private static String shapeClass(String html, String iso3) {
        Matcher shape = Pattern.compile("class=\"([a-z-]+)\" data-iso3=\"" + iso3 + "\"").matcher(html);
        assertTrue(shape.find(), iso3 + " has a shape");
        return shape.group(1);
    }

    private static String page(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
