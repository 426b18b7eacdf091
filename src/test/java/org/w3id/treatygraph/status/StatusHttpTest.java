package org.w3id.treatygraph.status;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status API over real HTTP on the curated data: no instrument is evidenced, 74 parties signed (64 on
 * 25 October 2025 and 8 more on 26 October, by the depositary's record or news reports, and two later), the
 * depositary's latest evidence is of 25 October 2025 and 43 actions are known only from reports.
 */
class StatusHttpTest {
    private static final String ACTION = "https://w3id.org/treatygraph/id/action/un-cybercrime-convention/";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void todayNothingIsCountedAndTheCountsSayHowFarTheEvidenceGoes() throws Exception {
        JsonObject status = json(ok("/status", "application/json", "application/json"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), string(status, "date"));
        assertEquals(0, number(status, "instruments"));
        assertEquals(40, number(status, "required"));
        assertEquals(false, status.get("inForce").getAsBoolean().value());
        assertTrue(status.get("entryIntoForce").isNull());
        assertEquals(74, number(status, "signatories"));
        assertEquals(0, status.get("parties").getAsArray().size());
        assertEquals("2025-10-25", string(status, "latestEvidence"));
        assertEquals(43, number(status, "reportedOnly"));
        assertTrue(status.get("trace").getAsArray().size() >= 3);
        assertEquals(status.toString(), json(server.get("/status.json", "text/html")).toString(),
                "the extension decides over Accept");
    }

    @Test
    void onAnyDate() throws Exception {
        JsonObject before = json(server.get("/status?at=2025-10-24", "application/json"));
        assertEquals("2025-10-24", string(before, "date"));
        assertEquals(0, number(before, "signatories"), "the Convention was opened for signature on 25 October 2025");
        assertTrue(before.get("latestEvidence").isNull());
        assertEquals(0, number(before, "reportedOnly"));
        JsonObject first = json(server.get("/status?at=2025-10-25", "application/json"));
        assertEquals(64, number(first, "signatories"));
        assertEquals(72, number(json(server.get("/status?at=2025-10-26", "*/*")), "signatories"),
                "JSON for clients that accept anything");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/status?at=2025-02-29", "/status?at=2025-13-01", "/status?at=yesterday",
            "/status?at=25-10-2025", "/status?at=2025-1-5", "/status/diff?from=2025-10-27&to=2025-10-24",
            "/status/diff?from=2025-10-24", "/status/diff?to=2025-10-24&from=2025-10-32", "/changes?since=2025-10"})
    void aMalformedOrImpossibleDateIsRefusedWithAMessage(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path, "application/json");
        assertEquals(400, response.statusCode(), path);
        String message = string(json(response), "message");
        assertTrue(message.contains("YYYY-MM-DD") || message.contains("does not exist") || message.contains("before"),
                message);
        if (path.startsWith("/status")) {
            assertEquals(400, server.get(path, "text/html").statusCode(), "the page refuses it too");
        }
    }

    @Test
    void theDiffBetweenTheEveAndTheDayAfterTheCeremonyListsTheHanoiSignatures() throws Exception {
        HttpResponse<byte[]> response = server.get("/status/diff?from=2025-10-24&to=2025-10-27", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject diff = json(response);
        assertEquals(0, number(diff.get("from").getAsObject(), "signatories"));
        assertEquals(72, number(diff.get("to").getAsObject(), "signatories"));
        JsonArray events = diff.get("events").getAsArray();
        assertEquals(72, events.size());
        assertTrue(events.stream().allMatch(e -> string(e.getAsObject(), "kind").equals("signature")));
        List<String> iris = events.stream().map(e -> string(e.getAsObject(), "event")).toList();
        assertTrue(iris.contains(ACTION + "signature/VNM") && iris.contains(ACTION + "signature/european-union"), iris.toString());
        assertTrue(events.stream().map(e -> e.getAsObject().get("date"))
                .anyMatch(date -> date.isString() && date.getAsString().value().equals("2025-10-26")));

        String page = body(server.get("/status/diff?from=2025-10-24&to=2025-10-27", "text/html"));
        assertTrue(page.contains("72 treaty action(s) in between"), page);
        assertTrue(page.contains("Viet Nam"));
    }

    @Test
    void changesAreEmptyBeforeAnyImport() throws Exception {
        assertEquals(0, json(ok("/changes?since=2025-01-01", null, "application/json")).get("changes").getAsArray().size());
        assertEquals(200, server.get("/changes", null).statusCode(), "since is optional");
        assertEquals(406, server.get("/changes", "text/html").statusCode());
    }

    @Test
    void thePageShowsTheSameWithTheTraceAndTheHonestCounts() throws Exception {
        String page = body(ok("/status?at=2025-10-26", "text/html,application/xhtml+xml,*/*;q=0.8", "text/html"));
        assertTrue(page.contains("<h1>Status of the UN Convention against Cybercrime on 2025-10-26</h1>"), page);
        assertTrue(page.contains("Not in force: 0 of the 40 instruments article 65(1) requires are deposited."));
        assertTrue(page.contains("Latest depositary evidence taken into account: 2025-10-25."));
        assertTrue(page.contains("39 action(s) known only from news reports"));
        assertTrue(page.contains("<span class=\"rule\">art 64(1)</span>"), "the trace names each rule");
        assertTrue(page.contains("72 instrument(s) or action(s)"));
        assertTrue(page.contains(server.url("/id/action/un-cybercrime-convention/signature/VNM")),
                "trace links go to the actions on this server");
        assertEquals(page, body(server.get("/status.html?at=2025-10-26", "application/json")));
    }

    @Test
    void theHomePageSaysHowFarItsCountsGoAndLinksToTheStatus() throws Exception {
        String home = body(server.get("/", "text/html"));
        assertTrue(home.contains("Not in force: 0 of the 40 instruments article 65(1) requires are deposited."
                + " Latest depositary evidence taken into account: 2025-10-25. 43 action(s) known only from news reports"), home);
        assertTrue(home.contains("href=\"" + server.url("/status") + "\""));
    }

    @Test
    void feedsAreAtomAndAnUnknownStateHasNone() throws Exception {
        HttpResponse<byte[]> response = ok("/feed/status.atom", null, "application/atom+xml");
        SyndFeed feed = feed(response);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(server.url("/feed/status.atom"), feed.getUri());
        assertEquals(0, feed.getEntries().size(), "the curated files record no change");
        HttpResponse<byte[]> again = server.getWith("/feed/status.atom", "If-None-Match", header(response, "ETag"));
        assertEquals(304, again.statusCode());

        SyndFeed vietNam = feed(server.get("/feed/state/VNM.atom", null));
        assertTrue(vietNam.getTitle().endsWith("for Viet Nam"), vietNam.getTitle());
        for (String unknown : List.of("/feed/state/XXX.atom", "/feed/state/vnm.atom", "/feed/state/VNM", "/feed/state/")) {
            assertEquals(404, server.get(unknown, null).statusCode(), unknown);
        }
    }

    /** A 200 answer of the media type {@code type}. */
    private static HttpResponse<byte[]> ok(String path, String accept, String type) throws Exception {
        HttpResponse<byte[]> response = server.get(path, accept);
        assertEquals(200, response.statusCode(), path);
        assertTrue(header(response, "Content-Type").startsWith(type), header(response, "Content-Type"));
        return response;
    }

    static SyndFeed feed(HttpResponse<byte[]> response) throws Exception {
        return new SyndFeedInput().build(new StringReader(body(response)));
    }

    static JsonObject json(HttpResponse<byte[]> response) {
        return JSON.parse(body(response));
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    static String string(JsonObject json, String key) {
        return json.get(key).getAsString().value();
    }

    static int number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value.getAsNumber().value().intValue();
    }
}
