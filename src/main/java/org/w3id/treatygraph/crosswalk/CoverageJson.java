package org.w3id.treatygraph.crosswalk;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * The coverage view as JSON (Jena's {@code atlas.json}), IRIs under the public base:
 * {@code {"party", "partyLabel", "at", "article", "counts": {"covered", "partly", "new", "notMapped"},
 * "obligations": [{"obligation", "label", "article", "provision", "provisionLabel", "modality", "status",
 * "counterparts": [{"mapping", "kind", "treaty", "treatyLabel", "provision", "provisionLabel", "bound",
 * "consentBy", "confidence", "note", "evidence"}]}], "otherTreaties": [{"treaty", "treatyLabel", "actionsRecorded",
 * "statusKnown"}]}}: {@code statusKnown} false where no source records any action of the State on that treaty, so
 * that its obligations counted "new" through it may be carried already (the party lists are partial).
 */
public final class CoverageJson {
    private CoverageJson() {}

    public static JsonObject of(CoverageReport report, IriRewriter rewriter) {
        JsonObject json = new JsonObject();
        json.put("party", rewriter.toPublic(report.party()));
        json.put("partyLabel", report.partyLabel());
        json.put("at", report.at().toString());
        if (report.article() != null) {
            json.put("article", report.article());
        } else {
            json.put("article", JsonNull.instance);
        }
        JsonObject counts = new JsonObject();
        for (CoverageStatus status : CoverageStatus.values()) {
            counts.put(status.word(), report.with(status).size());
        }
        counts.put("notMapped", report.notMapped());
        json.put("counts", counts);
        JsonArray obligations = new JsonArray();
        for (ObligationCoverage o : report.obligations()) {
            JsonObject entry = new JsonObject();
            entry.put("obligation", rewriter.toPublic(o.obligation()));
            entry.put("label", o.label());
            entry.put("article", o.article());
            entry.put("provision", rewriter.toPublic(o.provision()));
            entry.put("provisionLabel", o.provisionLabel());
            entry.put("modality", local(o.modality()));
            entry.put("status", o.status().word());
            JsonArray counterparts = new JsonArray();
            o.counterparts().forEach(c -> counterparts.add(counterpart(c, rewriter)));
            entry.put("counterparts", counterparts);
            obligations.add(entry);
        }
        json.put("obligations", obligations);
        JsonArray records = new JsonArray();
        for (PartyRecord r : report.records()) {
            JsonObject record = new JsonObject();
            record.put("treaty", rewriter.toPublic(r.treaty()));
            record.put("treatyLabel", r.treatyLabel());
            record.put("actionsRecorded", r.actions());
            record.put("statusKnown", r.recorded());
            records.add(record);
        }
        json.put("otherTreaties", records);
        return json;
    }

    private static JsonObject counterpart(Counterpart c, IriRewriter rewriter) {
        JsonObject json = new JsonObject();
        json.put("mapping", rewriter.toPublic(c.mapping()));
        json.put("kind", c.kindName());
        json.put("treaty", rewriter.toPublic(c.treaty()));
        json.put("treatyLabel", c.treatyLabel());
        json.put("provision", c.provision() == null ? JsonNull.instance : new JsonString(rewriter.toPublic(c.provision())));
        json.put("provisionLabel", c.provisionLabel() == null ? JsonNull.instance : new JsonString(c.provisionLabel()));
        json.put("bound", c.bound());
        json.put("consentBy", c.consentBy() == null ? JsonNull.instance : new JsonString(c.consentBy().toString()));
        json.put("confidence", local(c.confidence()).toLowerCase(java.util.Locale.ROOT));
        json.put("note", c.note());
        json.put("evidence", c.evidence());
        return json;
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
