package org.w3id.treatygraph.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.store.ProjectFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.status.StatusHttpTest.body;
import static org.w3id.treatygraph.status.StatusHttpTest.feed;
import static org.w3id.treatygraph.status.StatusHttpTest.json;
import static org.w3id.treatygraph.status.StatusHttpTest.number;
import static org.w3id.treatygraph.status.StatusHttpTest.string;

/**
 * End to end: a synthetic MTDSG record with 40 ratifications imported into a copy of the home with
 * {@code import-depositary --from-url}, a server started over it, and everything checked over HTTP: the Convention
 * enters into force on the 90th day after the 40th deposit, each party's {@code inForceFrom}, the change events in
 * {@code /changes} and in the Atom feeds (parsed by Rome), and the pages.
 */
class StatusImportHttpTest {
    private static final String ID = "https://w3id.org/treatygraph/id/";
    private static final String ACTION = ID + "action/un-cybercrime-convention/";

    @TempDir
    static Path home;
    private static RunningServer server;
    /** A time between the two imports. */
    private static Instant between;

    /** Two successive records: the second corrects Kazakhstan's day and adds Uruguay's ratification. */
    @BeforeAll
    static void importAndServe() throws Exception {
        TestProject.copyHomeTo(home);
        try (SyntheticRecord record = new SyntheticRecord()) {
            List<String> rows = new ArrayList<>(SyntheticRecord.fortyRatifications());
            record.serve(rows);
            assertEquals(0, record.importInto(home, "2026-06-01"), record.err.toString());
            between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);   // Atom dates are in seconds
            Thread.sleep(Duration.between(Instant.now(), between).toMillis() + 1);
            rows.set(29, SyntheticRecord.row("Kazakhstan", "25 Oct 2025", "31 Mar 2026"));  // was 30 March
            rows.add(SyntheticRecord.row("Uruguay", "25 Oct 2025", "20 Jun 2026"));          // after the 40th: art 65(2)
            record.serve(rows);
            assertEquals(0, record.importInto(home, "2026-07-01"), record.err.toString());
        }
        server = new RunningServer(ProjectFiles.at(home));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theConventionEntersIntoForceOnThe90thDayAfterThe40thDeposit() throws Exception {
        JsonObject before = json(server.get("/status?at=2026-07-07", "application/json"));
        assertEquals(41, number(before, "instruments"));
        assertFalse(before.get("inForce").getAsBoolean().value());
        assertEquals("2026-07-08", string(before, "entryIntoForce"), "9 April 2026 (the 40th) + 90 days, fixed already");

        JsonObject at = json(server.get("/status?at=2026-07-08", "application/json"));
        assertTrue(at.get("inForce").getAsBoolean().value());
        assertEquals("2026-07-08", string(at, "entryIntoForce"));
        assertEquals("2026-06-20", string(at, "latestEvidence"), "Uruguay's deposit, the record's latest action");
        JsonObject venezuela = party(at, ID + "state/VEN").orElseThrow();
        assertEquals("ratification", string(venezuela, "kind"));
        assertEquals("2026-03-31", string(venezuela, "depositDate"));
        assertEquals("2026-07-08", string(venezuela, "inForceFrom"));
        assertTrue(venezuela.get("bound").getAsBoolean().value());
        JsonObject uruguay = party(at, ID + "state/URY").orElseThrow();
        assertEquals("2026-07-20", string(uruguay, "inForceFrom"), "20 June + 30 days, after the entry into force");
        assertEquals("art 65(2)", string(uruguay, "rule"));
        assertFalse(uruguay.get("bound").getAsBoolean().value());

        JsonObject at39 = json(server.get("/status?at=2026-04-08", "application/json"));
        assertEquals(39, number(at39, "instruments"));
        assertTrue(at39.get("entryIntoForce").isNull());

        String page = body(server.get("/doc/treaty/un-cybercrime-convention?at=2026-07-08", "text/html"));
        assertTrue(page.contains("In force since 2026-07-08."), page);
        String state = body(server.get("/doc/state/VEN?at=2026-07-08", "text/html"));
        assertTrue(state.contains("Bound by the Convention on 2026-07-08."), state);
        assertTrue(state.contains("<dt>In force for it from</dt><dd>2026-07-08</dd>"));
    }

    @Test
    void theImportsChangesAreInChangesAndInTheFeeds() throws Exception {
        JsonObject changes = json(server.get("/changes?since=2000-01-01", "application/json"));
        List<String> events = changes.get("changes").getAsArray().stream()
                .map(c -> string(c.getAsObject(), "event")).toList();
        assertTrue(events.contains(ACTION + "ratification/VEN"), events.toString());
        assertEquals(0, json(server.get("/changes?since=2999-01-01", null)).get("changes").getAsArray().size());

        SyndFeed feed = feed(server.get("/feed/status.atom", null));
        assertEquals(events.size(), feed.getEntries().size(), "one entry per change");
        SyndEntry venezuela = feed.getEntries().stream()
                .filter(e -> alternate(e).equals(server.url("/id/action/un-cybercrime-convention/ratification/VEN")))
                .findFirst().orElseThrow(() -> new AssertionError("no entry links to Venezuela's ratification"));
        assertTrue(venezuela.getTitle().startsWith("New: "), venezuela.getTitle());
        assertTrue(venezuela.getUri().startsWith(ID + "change/") || venezuela.getUri().startsWith("https://w3id.org/"),
                venezuela.getUri());
        assertTrue(venezuela.getDescription().getValue().contains("Ratification, 2026-03-31 (depositary's record)"),
                venezuela.getDescription().getValue());
        assertTrue(venezuela.getLinks().stream().anyMatch(l -> "via".equals(l.getRel())), "the record it came from");
        assertEquals(303, server.get(alternate(venezuela), "text/turtle").statusCode(), "the action's IRI dereferences");

        List<String> second = feed.getEntries().stream().filter(e -> !e.getUpdatedDate().toInstant().isBefore(between))
                .map(e -> e.getTitle().substring(0, e.getTitle().indexOf(':')) + " " + alternate(e)
                        .substring(server.url("/id/action/un-cybercrime-convention/").length())).sorted().toList();
        assertEquals(List.of("Corrected ratification/KAZ", "Corrected signature/URY", "New ratification/URY"), second,
                "the second import's entries, exactly: Uruguay's signature was only reported, Kazakhstan's day moved");
        SyndEntry kazakhstan = feed(server.get("/feed/state/KAZ.atom", null)).getEntries().get(0);
        assertTrue(kazakhstan.getTitle().startsWith("Corrected: "), "newest first: " + kazakhstan.getTitle());
        assertTrue(kazakhstan.getDescription().getValue().contains("2026-03-30"), "what it said before: "
                + kazakhstan.getDescription().getValue());

        SyndFeed ofVenezuela = feed(server.get("/feed/state/VEN.atom", null));
        assertFalse(ofVenezuela.getEntries().isEmpty());
        assertTrue(ofVenezuela.getEntries().stream().allMatch(e -> alternate(e).endsWith("/VEN")),
                "only Venezuela's actions");
        assertEquals(404, server.get("/feed/state/XYZ.atom", null).statusCode());
    }

    private static String alternate(SyndEntry entry) {
        return entry.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).map(SyndLink::getHref)
                .findFirst().orElse("");
    }

    private static Optional<JsonObject> party(JsonObject report, String iri) {
        return report.get("parties").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(p -> string(p, "party").equals(iri)).findFirst();
    }
}
