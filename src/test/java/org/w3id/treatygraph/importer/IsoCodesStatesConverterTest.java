package org.w3id.treatygraph.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;

class IsoCodesStatesConverterTest {
    private static final Path MEMBERS = TestProject.home().resolve("data/input/un-member-states.txt");

    @TempDir
    Path temp;

    /** The committed data/states.trig is exactly what the conversion makes of Debian's iso-codes. */
    @Test
    void committedStatesGraphMatchesAFreshConversion() {
        assertTrue(Files.exists(IsoCodesStatesConverter.DEBIAN_ISO_3166_1),
                "Debian's iso-codes package is needed (apt-get install iso-codes); .ci/run installs it");
        DatasetGraph fresh = IsoCodesStatesConverter.convert(IsoCodesStatesConverter.DEBIAN_ISO_3166_1, MEMBERS);
        DatasetGraph committed = DatasetGraphFactory.create();
        RDFParser.source(TestProject.home().resolve("data/states.trig")).parse(committed);
        Graph expected = committed.getGraph(IsoCodesStatesConverter.STATES_GRAPH);
        Graph actual = fresh.getGraph(IsoCodesStatesConverter.STATES_GRAPH);
        assertEquals(193 * 8 + countAltLabels(actual), actual.size());
        assertTrue(expected.isIsomorphicWith(actual), "data/states.trig is out of date: run `treatygraph import-states`");
    }

    @Test
    void convertsAStateWithAllItsNamesAndCodes() throws IOException {
        Path iso = temp.resolve("iso.json");
        Files.writeString(iso, """
                {"3166-1": [
                  {"alpha_2": "VN", "alpha_3": "VNM", "common_name": "Vietnam", "name": "Viet Nam",
                   "numeric": "704", "official_name": "Socialist Republic of Viet Nam"},
                  {"alpha_2": "AW", "alpha_3": "ABW", "name": "Aruba", "numeric": "533"}]}""");
        Path members = temp.resolve("members.txt");
        Files.writeString(members, "# members\nVNM\n");
        DatasetGraph states = IsoCodesStatesConverter.convert(iso, members);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IsoCodesStatesConverter.write(states, out);
        DatasetGraph reparsed = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(), Lang.TRIG).parse(reparsed);
        Graph graph = reparsed.getGraph(IsoCodesStatesConverter.STATES_GRAPH);
        assertEquals(9, graph.size(), "Aruba is not a member and must not appear");
        String text = out.toString();
        for (String expected : new String[] {"<state/VNM>", "\"Viet Nam\"@en", "\"Vietnam\"@en", "\"704\"", "\"VN\"",
                "\"Socialist Republic of Viet Nam\"@en", "<organization/united-nations>"}) {
            assertTrue(text.contains(expected), "missing " + expected + " in\n" + text);
        }
    }

    @Test
    void anUnknownMemberCodeIsNamed() throws IOException {
        Path iso = temp.resolve("iso.json");
        Files.writeString(iso, "{\"3166-1\": [{\"alpha_2\": \"AW\", \"alpha_3\": \"ABW\", \"name\": \"Aruba\", \"numeric\": \"533\"}]}");
        Path members = temp.resolve("members.txt");
        Files.writeString(members, "XKX\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IsoCodesStatesConverter.convert(iso, members));
        assertTrue(error.getMessage().contains("XKX"), error.getMessage());
    }

    private static int countAltLabels(Graph graph) {
        return graph.find(null, org.apache.jena.vocabulary.SKOS.altLabel.asNode(), null).toList().size()
                - 193 + graph.find(null, org.apache.jena.graph.NodeFactory.createURI(
                        "https://w3id.org/treatygraph/ontology#officialName"), null).toList().size();
    }
}
