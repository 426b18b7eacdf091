package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON the HTTP layer will serve for /status, /status/diff and /changes. */
class StatusJsonTest {
    private static final String ACTION = "https://w3id.org/treatygraph/id/action/un-cybercrime-convention/";
    private static final String STATE = "https://w3id.org/treatygraph/id/state/";

    private static List<StatusEvent> events() {
        List<StatusEvent> events = new ArrayList<>();
        events.add(StatusEvent.of(ACTION + "signature/AZE", STATE + "AZE", EventKind.SIGNATURE,
                EventDate.on(LocalDate.of(2025, 10, 25))));
        events.add(StatusEvent.of(ACTION + "ratification/AZE", STATE + "AZE", EventKind.RATIFICATION,
                EventDate.on(LocalDate.of(2026, 3, 2))));
        events.add(new StatusEvent(ACTION + "reservation/AZE-63", STATE + "AZE", false, EventKind.RESERVATION,
                EventDate.on(LocalDate.of(2026, 3, 2)), true,
                "https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/63/paragraph/3"));
        events.add(StatusEvent.of(ACTION + "signature/\"quoted\"", STATE + "QAT", EventKind.SIGNATURE,
                EventDate.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).reported());
        return events;
    }

    @Test
    void aReportBeforeThe40thHasANullEntryIntoForceAndOneEntryPerParty() {
        StatusReport report = StatusEngine.unCybercrimeConvention().at(events(), LocalDate.of(2026, 6, 1));
        String text = StatusJson.write(StatusJson.report(report));
        JsonObject json = JSON.parse(text);
        assertEquals("2026-06-01", json.get("date").getAsString().value());
        assertEquals(1, json.get("instruments").getAsNumber().value().intValue());
        assertTrue(json.get("entryIntoForce").isNull());
        assertEquals(false, json.get("inForce").getAsBoolean().value());
        assertEquals(2, json.get("signatories").getAsNumber().value().intValue());
        assertEquals(1, json.get("reportedOnly").getAsNumber().value().intValue());
        JsonArray parties = json.get("parties").getAsArray();
        assertEquals(1, parties.size());
        JsonObject azerbaijan = parties.get(0).getAsObject();
        assertEquals(STATE + "AZE", azerbaijan.get("party").getAsString().value());
        assertEquals("ratification", azerbaijan.get("kind").getAsString().value());
        assertEquals("2026-03-02", azerbaijan.get("depositDate").getAsString().value());
        assertTrue(azerbaijan.get("inForceFrom").isNull());
        assertTrue(json.get("trace").getAsArray().size() >= 3);
    }

    @Test
    void aDiffListsTheActionsBetweenTwoDatesAndStringsAreEscaped() {
        StatusEngine engine = StatusEngine.unCybercrimeConvention();
        List<StatusEvent> events = events();
        StatusDiff diff = engine.diff(events, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31));
        JsonObject json = JSON.parse(StatusJson.write(StatusJson.diff(diff)));
        JsonArray listed = json.get("events").getAsArray();
        assertEquals(3, listed.size());
        assertTrue(listed.stream().anyMatch(e -> e.getAsObject().get("kind").getAsString().value().equals("reservation")
                && e.getAsObject().get("provision").getAsString().value().endsWith("/article/63/paragraph/3")));
        assertTrue(listed.stream().anyMatch(e -> e.getAsObject().get("event").getAsString().value()
                .equals(ACTION + "signature/\"quoted\"") && e.getAsObject().get("date").isNull()));
        assertEquals(0, json.get("from").getAsObject().get("instruments").getAsNumber().value().intValue());
        assertEquals(1, json.get("to").getAsObject().get("instruments").getAsNumber().value().intValue());

        JsonObject changes = JSON.parse(StatusJson.write(StatusJson.changes(List.of(new StatusChange(
                "https://w3id.org/treatygraph/id/change/x", OffsetDateTime.parse("2026-12-03T01:02:03Z"), "new",
                ACTION + "ratification/AZE", null, STATE + "AZE", "C.N.12.2026.TREATIES-XVIII.16", null)))));
        JsonObject change = changes.get("changes").getAsArray().get(0).getAsObject();
        assertEquals("C.N.12.2026.TREATIES-XVIII.16", change.get("notification").getAsString().value());
        assertTrue(change.get("source").isNull());
    }
}
