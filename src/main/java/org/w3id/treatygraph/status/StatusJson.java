package org.w3id.treatygraph.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON renderings of the status API (built with Jena's {@code org.apache.jena.atlas.json}, never by string
 * concatenation): a {@link StatusReport} for {@code GET /status?at=}, a {@link StatusDiff} for
 * {@code /status/diff}, and a list of {@link StatusChange}s for {@code /changes}. Dates are ISO 8601
 * ({@code YYYY-MM-DD}), a date not yet fixed is {@code null}, IRIs are canonical.
 */
public final class StatusJson {
    private StatusJson() {}

    /**
     * {@code {"date", "instruments", "required", "inForce", "entryIntoForce", "signatories", "reportedOnly",
     * "latestEvidence", "parties": [{"party", "instrument", "kind", "depositDate", "counted", "inForceFrom",
     * "inForceUntil", "bound", "rule", "why"}], "trace": [{"fact", "rule", "instruments", "why"}]}}
     */
    public static JsonObject report(StatusReport report) {
        JsonObject json = new JsonObject();
        json.put("date", report.date().toString());
        json.put("instruments", report.instruments());
        json.put("required", report.required());
        json.put("inForce", report.inForce());
        json.put("entryIntoForce", date(report.entryIntoForce()));
        json.put("signatories", report.signatories());
        json.put("reportedOnly", report.reportedOnly());
        json.put("latestEvidence", date(report.latestEvidence()));
        JsonArray parties = new JsonArray();
        for (PartyStatus party : report.parties()) {
            JsonObject entry = new JsonObject();
            entry.put("party", party.party());
            entry.put("instrument", party.instrument());
            entry.put("kind", party.kind().word());
            entry.put("depositDate", party.depositDate().toString());
            entry.put("counted", party.counted());
            entry.put("inForceFrom", date(party.inForceFrom()));
            entry.put("inForceUntil", date(party.inForceUntil()));
            entry.put("bound", party.bound());
            entry.put("rule", party.trace().rule());
            entry.put("why", party.trace().explanation());
            parties.add(entry);
        }
        json.put("parties", parties);
        json.put("trace", traces(report.trace()));
        return json;
    }

    /** {@code {"from": report, "to": report, "events": [{"event", "party", "kind", "date", "evidenced", "provision"}]}} */
    public static JsonObject diff(StatusDiff diff) {
        JsonObject json = new JsonObject();
        json.put("from", report(diff.from()));
        json.put("to", report(diff.to()));
        JsonArray events = new JsonArray();
        for (StatusEvent event : diff.events()) {
            JsonObject entry = new JsonObject();
            entry.put("event", event.iri());
            entry.put("party", event.party());
            entry.put("kind", event.kind().word());
            entry.put("date", event.date().exact() ? new JsonString(event.date().day().toString()) : JsonNull.instance);
            entry.put("notBefore", date(event.date().notBefore()));
            entry.put("notAfter", date(event.date().notAfter()));
            entry.put("evidenced", event.evidenced());
            entry.put("provision", event.provision() == null ? JsonNull.instance : new JsonString(event.provision()));
            events.add(entry);
        }
        json.put("events", events);
        return json;
    }

    /** {@code {"changes": [{"change", "time", "kind", "event", "party", "source", "notification", "previously"}]}} */
    public static JsonObject changes(List<StatusChange> changes) {
        JsonArray array = new JsonArray();
        for (StatusChange change : changes) {
            JsonObject entry = new JsonObject();
            entry.put("change", change.iri());
            entry.put("time", change.time().toString());
            entry.put("kind", change.kind());
            entry.put("event", change.event());
            entry.put("party", string(change.party()));
            entry.put("source", string(change.source()));
            entry.put("notification", string(change.notification()));
            entry.put("previously", string(change.previously()));
            array.add(entry);
        }
        JsonObject json = new JsonObject();
        json.put("changes", array);
        return json;
    }

    /** The JSON text of a value, UTF-8. */
    public static String write(JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, value);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonArray traces(List<Trace> traces) {
        JsonArray array = new JsonArray();
        for (Trace trace : traces) {
            JsonObject entry = new JsonObject();
            entry.put("fact", trace.fact());
            entry.put("rule", trace.rule());
            JsonArray instruments = new JsonArray();
            trace.instruments().forEach(instruments::add);
            entry.put("instruments", instruments);
            entry.put("why", trace.explanation());
            array.add(entry);
        }
        return array;
    }

    private static JsonValue date(LocalDate date) {
        return date == null ? JsonNull.instance : new JsonString(date.toString());
    }

    private static JsonValue string(String value) {
        return value == null ? JsonNull.instance : new JsonString(value);
    }
}
