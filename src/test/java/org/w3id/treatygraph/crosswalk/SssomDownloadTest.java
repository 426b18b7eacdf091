package org.w3id.treatygraph.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import org.yaml.snakeyaml.Yaml;

/**
 * The crosswalk's SSSOM downloads over real HTTP, read back with parsers nobody here wrote (SnakeYAML for the
 * metadata block, Apache Commons CSV for the rows, RDF4J Rio for the Turtle), checked against the SSSOM column rules
 * and compared mapping by mapping with the stored graph.
 */
class SssomDownloadTest {
    private static final Set<String> PREDICATES = Set.of("skos:exactMatch", "skos:closeMatch", "skos:broadMatch",
            "skos:narrowMatch", "skos:relatedMatch");
    private static final String PUBLIC = "https://treaties.example.org/";
    @RegisterExtension
    static final RunningServer server = new RunningServer(PUBLIC);

    @Test
    void theTsvFollowsTheSssomColumnRulesAndRoundTripsIntoTheStoredMappings() throws Exception {
        HttpResponse<byte[]> response = server.get("/download/crosswalk.sssom.tsv", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/tab-separated-values"));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String yaml = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1))
                .collect(Collectors.joining("\n"));
        Map<String, Object> meta = new Yaml().load(yaml);
        @SuppressWarnings("unchecked")
        Map<String, String> curies = (Map<String, String>) meta.get("curie_map");
        assertEquals(PUBLIC + "id/", curies.get("tgid"), "identifiers under the server's public base");
        assertEquals(PUBLIC + "download/crosswalk.sssom.tsv", meta.get("mapping_set_id"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", meta.get("license"));
        assertEquals(LocalDate.of(2026, 12, 3), ((Date) meta.get("mapping_date")).toInstant().atZone(ZoneOffset.UTC)
                .toLocalDate(), "a YAML date, the crosswalk source's date of issue");

        String table = text.lines().dropWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table))) {
            assertTrue(parser.getHeaderNames().containsAll(List.of("subject_id", "predicate_id", "object_id",
                    "mapping_justification")), "the required columns");
            assertEquals(Sssom.COLUMNS, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        Map<String, String> fromFile = new TreeMap<>();
        for (CSVRecord row : rows) {
            String subject = expand(row.get("subject_id"), curies);
            String object = expand(row.get("object_id"), curies);
            expand(row.get("author_id"), curies);
            assertTrue(PREDICATES.contains(row.get("predicate_id")), row.get("predicate_id"));
            assertEquals("semapv:ManualMappingCuration", row.get("mapping_justification"));
            double confidence = Double.parseDouble(row.get("confidence"));
            assertTrue(confidence >= 0 && confidence <= 1, row.get("confidence"));
            assertTrue(subject.startsWith(PUBLIC + "id/treaty/un-cybercrime-convention/article/"), subject);
            assertTrue(!row.get("subject_label").isBlank() && !row.get("comment").isBlank());
            fromFile.merge(key(subject, expand(row.get("object_source"), curies), object),
                    row.get("predicate_id") + " " + row.get("confidence") + " " + row.get("comment"), (a, b) -> a + b);
        }
        assertEquals(stored(), fromFile, "the same mappings as the graph, and each once");
    }

    @Test
    void knownRowsSayWhatTheCuratorDecided() throws Exception {
        String text = new String(server.get("/download/crosswalk.sssom.tsv", null).body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("tgid:treaty/un-cybercrime-convention/article/40/paragraph/24\tArticle 40(24)\t"
                + "skos:exactMatch\ttgid:treaty/untoc/article/18/paragraph/8\tUNTOC article 18(8)\t"
                + "semapv:ManualMappingCuration\t0.95\t"), "bank secrecy: UNTOC 18(8), verified");
        assertTrue(text.contains("tgid:treaty/un-cybercrime-convention/article/40/paragraph/14\tArticle 40(14)\t"
                + "skos:closeMatch\tsssom:NoTermFound\t\tsemapv:ManualMappingCuration\t0.75\t"),
                "no counterpart in UNTOC article 18 for electronic transmission of requests");
    }

    @Test
    void theRdfFormHoldsTheSameMappingsAsOwlAxioms() throws Exception {
        HttpResponse<byte[]> response = server.get("/download/crosswalk.sssom.ttl", null);
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), PUBLIC, RDFFormat.TURTLE);
        IRI mappings = Values.iri(Sssom.SSSOM + "mappings");
        IRI objectSource = Values.iri(Sssom.SSSOM + "object_source");
        IRI set = Values.iri(PUBLIC + "download/crosswalk.sssom.tsv");
        Set<String> fromRdf = new HashSet<>();
        for (var st : model.filter(set, mappings, null)) {
            Resource axiom = (Resource) st.getObject();
            fromRdf.add(key(one(model, axiom, OWL.ANNOTATEDSOURCE), one(model, axiom, objectSource),
                    one(model, axiom, OWL.ANNOTATEDTARGET)));
        }
        assertEquals(stored().keySet(), fromRdf);
    }

    private static String one(Model model, Resource subject, IRI property) {
        return model.filter(subject, property, null).objects().iterator().next().stringValue();
    }

    /** The stored mappings, keyed as the file should give them, with the predicate, confidence and comment. */
    private static Map<String, String> stored() {
        Map<String, String> map = new TreeMap<>();
        for (ProvisionMapping m : CrosswalkMappings.read(server.store().datasetGraph())) {
            String predicate = "skos:" + Sssom.predicate(m).substring(Sssom.predicate(m).indexOf('#') + 1);
            map.merge(key(pub(m.subject()), pub(m.treaty()), pub(Sssom.object(m))),
                    predicate + " " + String.format(java.util.Locale.ROOT, "%.2f", Sssom.score(m.confidence())) + " "
                            + Sssom.comment(m), (a, b) -> a + b);
        }
        assertEquals(426, map.size(), "every stored mapping");
        return map;
    }

    private static String pub(String iri) {
        return iri.replace("https://w3id.org/treatygraph/", PUBLIC);
    }

    private static String key(String subject, String treaty, String object) {
        return subject + " " + treaty + " " + object;
    }

    private static String expand(String curie, Map<String, String> curies) {
        int colon = curie.indexOf(':');
        assertTrue(colon > 0 && curies.containsKey(curie.substring(0, colon)), "a CURIE of the curie map: " + curie);
        return curies.get(curie.substring(0, colon)) + curie.substring(colon + 1);
    }
}
