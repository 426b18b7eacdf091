package org.w3id.treatygraph.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.cli.TreatyGraphCommand;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine;

/** {@code treatygraph import-depositary} on records written to the UNTC structure, good and malformed. */
class DepositaryImportCommandTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsARecordAsItsOwnValidatedSourceGraph() throws IOException {
        TestProject.copyHomeTo(home);
        assertEquals(0, importRecord("untoc-status.xml", "untoc"), err.toString());
        Path written = home.resolve("data/untc-mtdsg-xviii-12.trig");
        assertTrue(Files.exists(written));
        assertTrue(out.toString().contains("Validated and loaded"), out.toString());

        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            assertEquals(Map.of(
                    "action/untoc/signature/DZA", "Signature 2000-12-12", "action/untoc/ratification/DZA", "Ratification 2002-10-07",
                    "action/untoc/signature/CIV", "Signature 2000-12-15", "action/untoc/acceptance/CIV", "Acceptance 2012-10-25",
                    "action/untoc/signature/european-union", "Signature 2000-12-12",
                    "action/untoc/approval/european-union", "Approval 2004-05-21",
                    "action/untoc/accession/AND", "Accession 2011-09-22", "action/untoc/signature/CZE", "Signature 2000-12-12"),
                    actionsIn(store, "https://w3id.org/treatygraph/graph/untc-mtdsg-xviii-12"));
        }
        // A second import of the same record replaces the first instead of adding to it.
        assertEquals(0, importRecord("untoc-status.xml", "untoc"), err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-rows.xml | row 2 (Angola), consent: unknown action suffix 'd'",
        "unknown-participant.xml | row 1: no State or organization named 'Atlantis'",
        "not-well-formed.xml | not well-formed XML at line 6"})
    void unreadableRecordIsRefusedWithItsProblemsAndNothingIsWritten(String record, String problem) throws IOException {
        TestProject.copyHomeTo(home);
        List<String> before = dataFiles();
        assertEquals(TreatyGraphCommand.EXIT_FAILURE, importRecord(record, "untoc"));
        assertTrue(err.toString().contains(problem), err.toString());
        assertEquals(before, dataFiles());
    }

    @Test
    void actionsThatViolateTheShapesAreRefusedAndNothingIsWritten() throws IOException {
        TestProject.copyHomeTo(home);
        List<String> before = dataFiles();
        assertEquals(TreatyGraphCommand.EXIT_INVALID_DATA,
                importRecord("signature-before-opening.xml", "un-cybercrime-convention"));
        assertTrue(err.toString().contains("A signature is dated outside the period"), err.toString());
        assertEquals(before, dataFiles());
    }

    @Test
    void unknownTreatyIsRefused() throws IOException {
        TestProject.copyHomeTo(home);
        assertEquals(TreatyGraphCommand.EXIT_FAILURE, importRecord("untoc-status.xml", "palermo"));
        assertTrue(err.toString().contains("No treaty https://w3id.org/treatygraph/id/treaty/palermo"), err.toString());
        assertFalse(Files.exists(home.resolve("data/untc-mtdsg-xviii-12.trig")));
    }

    private int importRecord(String record, String treaty) {
        CommandLine command = TreatyGraphCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute("import-depositary", UntcStatusXmlReaderTest.RECORDS.resolve(record).toString(),
                "--treaty", treaty, "--mtdsg", "XVIII-12", "--status-date", "2025-11-16",
                "--home", home.toString(), "--mem");
    }

    private List<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("data"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> actionsIn(TreatyStore store, String graph) {
        String query = """
                PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?action ?kind ?date WHERE { GRAPH <%s> { ?action a ?k ; dcterms:date ?date } BIND (STRAFTER(STR(?k), "#") AS ?kind) }
                """.formatted(graph);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                Map<String, String> actions = new HashMap<>();
                execution.execSelect().forEachRemaining(s -> actions.put(
                        s.getResource("action").getURI().substring("https://w3id.org/treatygraph/id/".length()),
                        s.getLiteral("kind").getString() + " " + s.getLiteral("date").getLexicalForm()));
                return actions;
            }
        });
    }
}
