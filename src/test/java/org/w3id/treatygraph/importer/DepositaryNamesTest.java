package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participants named as the depositary writes them, found without a hand-made name for each. */
class DepositaryNamesTest {
    private static PartyDirectory directory;

    @BeforeAll
    static void curatedPartiesWithTheObserverStates() {
        DatasetGraph dataset = TestProject.copyOfSource();
        // The observer States, as ISO names them, in case the curated files do not hold them yet.
        UpdateAction.parseExecute(TestProject.WRITE_PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                INSERT { GRAPH tgg:test { ?state a tg:State ; skos:prefLabel ?name } } WHERE {
                  VALUES (?state ?name) { (<state/VAT> "Holy See (Vatican City State)"@en) (<state/PSE> "Palestine, State of"@en) }
                  FILTER NOT EXISTS { ?state a tg:State } }
                """, dataset);
        directory = PartyDirectory.of(dataset);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Venezuela (Bolivarian Republic of) | state/VEN",
            "Türkiye | state/TUR",
            "Turkiye | state/TUR",
            "Côte d'Ivoire | state/CIV",
            "Côte d’Ivoire | state/CIV",
            "State of Palestine | state/PSE",
            "Holy See | state/VAT",
            "Belgium 1 | state/BEL",
            "Belgium1,2 | state/BEL",
            "Belgium ¹ | state/BEL",
            "Iran (Islamic Republic of) | state/IRN",
            "Bolivia (Plurinational State of) | state/BOL",
            "Micronesia (Federated States of) | state/FSM",
            "Netherlands (Kingdom of the) | state/NLD",
            "Republic of Korea | state/KOR",
            "Democratic People's Republic of Korea | state/PRK",
            "Congo | state/COG",
            "Democratic Republic of the Congo | state/COD",
            "Republic of Moldova | state/MDA",
            "United Republic of Tanzania | state/TZA",
            "Lao People's Democratic Republic | state/LAO",
            "Czech Republic | state/CZE",
            "United Kingdom of Great Britain and Northern Ireland | state/GBR",
            "United States of America | state/USA",
            "Russian Federation | state/RUS",
            "Syrian Arab Republic | state/SYR",
            "Viet Nam | state/VNM",
            "Sao Tome and Principe | state/STP",
            "Saint Vincent and the Grenadines | state/VCT",
            "Guinea-Bissau | state/GNB",
            "Timor-Leste | state/TLS",
            "Eswatini | state/SWZ",
            "North Macedonia | state/MKD",
            "Gambia | state/GMB",
            "European Union | organization/european-union"})
    void findsTheDepositarysForms(String name, String expected) {
        assertEquals(Optional.of(TG.id(expected)), directory.find(name));
    }

    @Test
    void everyUnMemberStateIsFoundByItsIsoAndOfficialNames() throws IOException {
        List<String> rows = Files.readAllLines(TestProject.home().resolve("data/input/un-member-states.txt"));
        int checked = 0;
        for (String line : rows) {
            String code = line.strip();
            if (!code.matches("[A-Z]{3}")) {
                continue;
            }
            Node state = TG.id("state/" + code);
            DatasetGraph source = TestProject.sourceDataset();
            for (String property : List.of("http://www.w3.org/2004/02/skos/core#prefLabel", TG.NS + "officialName")) {
                source.find(Node.ANY, state, org.apache.jena.graph.NodeFactory.createURI(property), Node.ANY)
                        .forEachRemaining(q -> assertEquals(Optional.of(state),
                                directory.find(q.getObject().getLiteralLexicalForm() + " 3"), q.toString()));
            }
            checked++;
        }
        assertEquals(193, checked);
    }

    @Test
    void anUnknownNameComesWithTheClosestCandidates() {
        assertEquals(Optional.empty(), directory.find("Atlantis"));
        List<String> closest = directory.closest("Venezuala (Bolivarian Rep.)", 3);
        assertTrue(closest.get(0).endsWith("<" + TG.ID + "state/VEN>"), closest.toString());
        assertEquals(Optional.empty(), directory.find("Republic of Atlantis"));
        assertTrue(directory.closest("Kazakstan", 3).get(0).endsWith("state/KAZ>"));
    }

    @Test
    void anImportNamingAnUnknownParticipantReportsTheCandidates(@org.junit.jupiter.api.io.TempDir Path home)
            throws IOException {
        TestProject.copyHomeTo(home);
        Path record = home.resolve("record.xml");
        Files.writeString(record, "<Treaty><Participants><Table><TGroup><Tbody><Rows>"
                + "<Row><Entry>Kazakstan</Entry><Entry>25 Oct 2025</Entry><Entry></Entry></Row>"
                + "</Rows></Tbody></TGroup></Table></Participants></Treaty>");
        DepositaryImport depositaryImport = new DepositaryImport(org.w3id.treatygraph.store.ProjectFiles.at(home),
                "un-cybercrime-convention", new StatusRecord("XVIII-16", java.time.LocalDate.of(2026, 1, 1), "record.xml"));
        DepositaryRecordException e = org.junit.jupiter.api.Assertions.assertThrows(DepositaryRecordException.class,
                () -> depositaryImport.prepare(record, depositaryImport.defaultOutput()));
        assertTrue(e.getMessage().contains("no State or organization named 'Kazakstan'"), e.getMessage());
        assertTrue(e.getMessage().contains("closest: Kazakhstan <https://w3id.org/treatygraph/id/state/KAZ>"), e.getMessage());
    }
}
