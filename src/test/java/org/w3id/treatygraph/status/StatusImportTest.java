package org.w3id.treatygraph.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A synthetic MTDSG record of the UN Convention against Cybercrime with 40 ratifications (and more), imported with
 * {@code import-depositary --from-url} from a local HTTP server: the Convention enters into force, as
 * {@link StatusService}, its JSON and SPARQL over graph/status say; a news-reported signature the record confirms
 * becomes verified and the news account a claim; a second record gives exactly the expected change events.
 */
class StatusImportTest {
    private static final String ID = "https://w3id.org/treatygraph/id/";
    private static final String ACTION = ID + "action/un-cybercrime-convention/";
    @TempDir
    Path home;
    private SyntheticRecord record;

    @BeforeEach
    void serve() throws IOException {
        record = new SyntheticRecord();
        TestProject.copyHomeTo(home);
    }

    @AfterEach
    void stop() {
        record.close();
    }

    @Test
    void fortyRatificationsMakeTheConventionEnterIntoForceAndTheImportsRecordTheirChanges() throws IOException {
        List<String> rows = new ArrayList<>(SyntheticRecord.fortyRatifications());
        rows.add(SyntheticRecord.row("European Union", "25 Oct 2025", "5 May 2026 AA"));       // not counted (art 65(1))
        rows.add(SyntheticRecord.row("Libya", "26 Oct 2025", ""));                             // the curated 25 Oct: corrected
        record.serve(rows);
        OffsetDateTime beforeFirst = OffsetDateTime.now().minusSeconds(1);
        assertEquals(0, record.importInto(home, "2026-06-01"), record.err.toString());
        assertTrue(record.out.toString().contains("new and"), record.out.toString());

        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            StatusService status = new StatusService(store.datasetGraph());

            StatusReport at39 = status.at(LocalDate.of(2026, 4, 8));
            assertEquals(39, at39.instruments());
            assertNull(at39.entryIntoForce());

            StatusReport report = status.at(LocalDate.of(2026, 7, 8));
            assertEquals(40, report.instruments(), "the EU's approval is not counted");
            assertEquals(LocalDate.of(2026, 7, 8), report.entryIntoForce(), "9 April 2026 + 90 days");
            assertTrue(report.inForce());
            assertFalse(status.at(LocalDate.of(2026, 7, 7)).inForce());
            PartyStatus venezuela = report.party(ID + "state/VEN").orElseThrow();
            assertEquals(LocalDate.of(2026, 7, 8), venezuela.inForceFrom());
            assertTrue(venezuela.bound());
            assertEquals(41, report.parties().size(), "40 States and the EU");
            assertFalse(report.party(ID + "organization/european-union").orElseThrow().counted());

            JsonObject json = JSON.parse(StatusJson.write(StatusJson.report(report)));
            assertEquals("2026-07-08", json.get("entryIntoForce").getAsString().value());
            assertEquals(40, json.get("instruments").getAsNumber().value().intValue());
            assertTrue(json.get("inForce").getAsBoolean().value());
            assertEquals(41, json.get("parties").getAsArray().size());

            // Kazakhstan's signature, reported in news with bounds, is now the depositary's: 25 Oct, verified.
            Map<String, String> kaz = select(store, """
                    SELECT ?date ?confidence ?claim ?verdict WHERE {
                      <%s> dcterms:date ?date ; tg:confidence ?confidence .
                      GRAPH tgg:signatures-reported { ?claim tg:about <%s> ; ?verdict ?record }
                      FILTER (?verdict IN (tg:corroboratedBy, tg:contradictedBy)) }
                    """.formatted(ACTION + "signature/KAZ", ACTION + "signature/KAZ")).get(0);
            assertEquals("2025-10-25", kaz.get("date"));
            assertEquals(TG_NS + "Verified", kaz.get("confidence"));
            assertEquals(TG_NS + "corroboratedBy", kaz.get("verdict"));
            Map<String, String> lby = select(store, """
                    SELECT ?date ?verdict WHERE { <%s> dcterms:date ?date .
                      GRAPH tgg:signatures-reported { ?claim tg:about <%s> ; ?verdict ?record }
                      FILTER (?verdict IN (tg:corroboratedBy, tg:contradictedBy)) }
                    """.formatted(ACTION + "signature/LBY", ACTION + "signature/LBY")).get(0);
            assertEquals("2025-10-26", lby.get("date"), "this synthetic record says 26 October");
            assertEquals(TG_NS + "contradictedBy", lby.get("verdict"), "the curated account said 25 October");

            // The derived status graph, in SPARQL (status as of the latest action).
            Map<String, String> treaty = select(store, """
                    SELECT ?counted ?inForce ?entry ?rule WHERE { GRAPH tgg:status {
                      tgid:treaty\\/un-cybercrime-convention tg:instrumentsCounted ?counted ; tg:inForce ?inForce ;
                          tg:entryIntoForceDate ?entry .
                      ?status tg:ofTreaty tgid:treaty\\/un-cybercrime-convention ; a tg:TreatyStatus ; tg:rule ?rule } }
                    """).get(0);
            assertEquals("40", treaty.get("counted"));
            assertEquals("2026-07-08", treaty.get("entry"));
            assertEquals("art 65(1)", treaty.get("rule"));
            List<Map<String, String>> venezuelaRows = select(store, """
                    SELECT ?from ?rule ?instrument WHERE { GRAPH tgg:status {
                      ?s tg:ofParty tgid:state\\/VEN ; tg:inForceFrom ?from ; tg:rule ?rule ; prov:wasDerivedFrom ?instrument } }
                    """);
            assertEquals("2026-07-08", venezuelaRows.get(0).get("from"));
            assertTrue(venezuelaRows.stream().anyMatch(r -> r.get("instrument").equals(ACTION + "ratification/VEN")));

            List<StatusChange> changes = status.changesSince(beforeFirst);
            assertEquals(1, changes.stream().filter(c -> c.event().equals(ACTION + "signature/LBY")
                    && c.kind().equals("corrected")).count());
            assertTrue(changes.stream().anyMatch(c -> c.event().equals(ACTION + "ratification/VEN") && c.kind().equals("new")));
            assertTrue(changes.stream().noneMatch(c -> c.event().equals(ACTION + "signature/DZA")),
                    "Algeria's signature was already held, verified, on the same day");
        }

        // The next record: a 42nd State deposits later (art 65(2)) and Kazakhstan's ratification day is corrected.
        rows.set(29, SyntheticRecord.row("Kazakhstan", "25 Oct 2025", "31 Mar 2026"));
        rows.add(SyntheticRecord.row("Uruguay", "25 Oct 2025", "20 Jun 2026"));
        record.serve(rows);
        OffsetDateTime beforeSecond = OffsetDateTime.now();
        assertEquals(0, record.importInto(home, "2026-07-01"), record.err.toString());
        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            StatusService status = new StatusService(store.datasetGraph());
            List<StatusChange> changes = status.changesSince(beforeSecond);
            Map<String, String> kinds = new HashMap<>();
            changes.forEach(c -> kinds.put(c.event().substring(ACTION.length()), c.kind()));
            assertEquals(Map.of("signature/URY", "corrected", "ratification/URY", "new", "ratification/KAZ", "corrected"),
                    kinds, "Uruguay's signature was only reported; Kazakhstan's ratification moved from 30 to 31 March");
            assertTrue(changes.stream().filter(c -> c.event().endsWith("ratification/KAZ")).findFirst().orElseThrow()
                    .previously().contains("2026-03-30"));
            StatusReport report = status.at(LocalDate.of(2026, 12, 31));
            PartyStatus uruguay = report.party(ID + "state/URY").orElseThrow();
            assertEquals(LocalDate.of(2026, 7, 20), uruguay.inForceFrom(), "20 June + 30 days, after the entry into force");
            assertEquals("art 65(2)", uruguay.trace().rule());
            assertEquals(41, report.instruments());
            JsonObject changesJson = JSON.parse(StatusJson.write(StatusJson.changes(changes)));
            assertEquals(3, changesJson.get("changes").getAsArray().size());
        }
    }

    private static final String TG_NS = "https://w3id.org/treatygraph/ontology#";

    private static List<Map<String, String>> select(TreatyStore store, String where) {
        String query = """
                PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                PREFIX tgg: <https://w3id.org/treatygraph/graph/>
                PREFIX tgid: <https://w3id.org/treatygraph/id/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """ + where;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<Map<String, String>> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI()));
                    rows.add(row);
                });
                assertFalse(rows.isEmpty(), "no answer to " + where);
                return rows;
            }
        });
    }
}
