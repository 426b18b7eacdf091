package org.w3id.treatygraph.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.cli.TreatyGraphCommand;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine;

/**
 * {@code treatygraph import-text} on a PDF the test generates (PDFBox), against a fixture treaty with the paragraph
 * resources of three articles, validated with the project's own ontology and shapes: the good document, and
 * malformed variants that must be refused with their first mismatch and nothing written.
 */
class OfficialTextImportCommandTest {
    private static final String GRAPH = "https://w3id.org/treatygraph/graph/official-text-en";
    private static final String ARTICLE = "https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/";

    @TempDir
    Path home;
    @TempDir
    Path documents;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fixtureHome() {
        OfficialTextFixture.home(home);
    }

    @Test
    void attachesTheTextOfEveryProvisionInItsOwnGraphWithProvenance() throws IOException {
        Path pdf = FixturePdf.write(documents.resolve("A_RES_79_243_E.pdf"));
        assertEquals(0, importText(pdf, "en"), err.toString());
        Path written = home.resolve("data/official-text-en.trig");
        assertTrue(Files.exists(written));
        assertTrue(out.toString().contains("Wrote the official text of 11 provisions"), out.toString());
        assertTrue(out.toString().contains("Validated and loaded"), out.toString());

        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            Map<String, String> texts = officialTexts(store);
            assertEquals(11, texts.size(), texts.toString());
            assertEquals("The purposes of this placeholder are to: (a) Promote placeholder measure alpha to prevent and"
                    + " combat placeholder capacity-building more efficiently; (b) Promote placeholder measure beta; and (c) Promote"
                    + " placeholder measure gamma.", texts.get("1/paragraph/1"));
            assertEquals("Promote placeholder measure alpha to prevent and combat placeholder capacity-building more"
                    + " efficiently;",
                    texts.get("1/paragraph/1/subparagraph/a"));
            assertEquals("Promote placeholder measure gamma.", texts.get("1/paragraph/1/subparagraph/c"));
            assertEquals("Each State Party shall adopt placeholder measure one.", texts.get("2/paragraph/1"));
            assertEquals("Placeholder measure alpha, which includes: (i) placeholder item one; and (ii) placeholder"
                    + " item two;", texts.get("2/paragraph/2/subparagraph/a"));
            assertEquals("Placeholder measure beta.", texts.get("2/paragraph/2/subparagraph/b"));
            // The graph models no subparagraphs of 2(3): their text, across the page break, stays in the paragraph.
            assertEquals("Each State Party may adopt the following: (a) Optional measure alpha; (b) Optional measure"
                    + " beta; or (c) Optional measure gamma.", texts.get("2/paragraph/3"));
            assertEquals("Each State Party shall adopt placeholder measure three, in accordance with article 2. The"
                    + " placeholder continues.", texts.get("3/paragraph/1"));
            assertEquals("Each State Party shall endeavour to adopt placeholder measure four.", texts.get("3/paragraph/2"));

            Map<String, String> provenance = provenance(store);
            assertEquals("A/RES/79/243", provenance.get("symbol"));
            assertEquals(OfficialTextImport.sha256(pdf), provenance.get("checksum"));
            assertEquals(64, provenance.get("checksum").length());
            assertEquals("en", provenance.get("language"));
            assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", provenance.get("timeType"));
            assertEquals("https://w3id.org/treatygraph/id/source/a-res-79-243", provenance.get("document"));
        }
        // A second import of the same text replaces the first instead of adding to it.
        String first = Files.readString(written).replaceAll("\"[0-9T:-]+Z\"", "TIME");
        assertEquals(0, importText(pdf, "en"), err.toString());
        assertEquals(first, Files.readString(written).replaceAll("\"[0-9T:-]+Z\"", "TIME"));
    }

    @Test
    void aSecondLanguageGoesIntoItsOwnGraphBesideTheFirst() throws IOException {
        assertEquals(0, importText(FixturePdf.write(documents.resolve("en.pdf")), "en"), err.toString());
        Path french = FixturePdf.write(documents.resolve("fr.pdf"), OfficialTextImportCommandTest::frenchLayout);
        assertEquals(0, importText(french, "fr"), err.toString());
        assertTrue(Files.exists(home.resolve("data/official-text-fr.trig")));
        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, ProjectFiles.at(home), false);
            Map<String, String> texts = new TreeMap<>();
            select(store, "SELECT ?g ?text WHERE { GRAPH ?g { <" + ARTICLE + "2/paragraph/1> tg:officialText ?text } }",
                    row -> texts.put(row.getResource("g").getURI().substring("https://w3id.org/treatygraph/graph/".length()),
                            row.getLiteral("text").getString() + "@" + row.getLiteral("text").getLanguage()));
            assertEquals(Map.of("official-text-en", "Each State Party shall adopt placeholder measure one.@en",
                    "official-text-fr", "Chaque État Partie shall adopt placeholder measure one.@fr"), texts);
        }
    }

    /** The fixture as the French version lays it out: "Article premier", "a)", "EN FOI DE QUOI". */
    private static List<String> frenchLayout(List<String> lines) {
        return lines.stream().map(line -> line.equals("Annex") ? "Annexe"
                : line.equals("Article 1") ? "Article premier"
                : line.equals("Chapter I") ? "Chapitre premier"
                : line.replace("Chapter II", "Chapitre II").replace("Each State Party", "Chaque État Partie")
                        .replaceFirst("^\\(([a-z])\\)", "$1)").replace("IN WITNESS WHEREOF", "EN FOI DE QUOI"))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    @Test
    void paragraphsStatedAsPartsOfTheirArticleAreFoundToo() throws IOException {
        Path data = home.resolve("data/fixture-treaty.trig");
        String article = "treaty/un-cybercrime-convention/article/3";
        String turned = Files.readString(data).replaceAll("<(" + article + "/paragraph/\\d)> (a tg:Paragraph ;[^.]*?);\\s*"
                + "eli:is_part_of <" + article + "> \\.", "<$1> $2.\n<" + article + "> eli:has_part <$1> .");
        assertTrue(turned.contains("<" + article + "> eli:has_part <" + article + "/paragraph/2> ."), turned);
        Files.writeString(data, turned);
        assertEquals(0, importText(FixturePdf.write(documents.resolve("ok.pdf")), "en"), err.toString());
        assertTrue(out.toString().contains("Wrote the official text of 11 provisions"), out.toString());
    }

    static Stream<Arguments> malformedDocuments() {
        return Stream.of(
                Arguments.of("a missing paragraph number", edit(lines -> replace(lines,
                        "2. Each State Party shall adopt the following placeholder measures:",
                        "Each State Party shall adopt the following placeholder measures:")),
                        "article 2: the PDF has paragraphs 1, 3, the graph has 1–3"),
                Arguments.of("an extra article", edit(lines -> {
                    lines.addAll(lines.size() - 1, List.of("Article 4", "Placeholder title four",
                            "A placeholder sentence."));
                    return lines;
                }), "the PDF has articles 1–4, the graph has 1–3 (first difference: article 4)"),
                Arguments.of("a subparagraph out of sequence", edit(lines -> replace(replace(lines,
                        "(b) Promote placeholder measure beta; and", "(c) Promote placeholder measure beta; and"),
                        "(c) Promote placeholder measure gamma.", "(b) Promote placeholder measure gamma.")),
                        "article 1, paragraph 1: the PDF has subparagraphs (a), (c), (b), the graph has (a)–(c)"),
                Arguments.of("no annex", edit(lines -> replace(lines, "Annex", "Appendix")),
                        "No annex heading found (a line reading only 'Annex')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDocuments")
    void malformedDocumentIsRefusedWithItsFirstMismatchAndNothingIsWritten(String name,
            UnaryOperator<List<String>> edit, String message) throws IOException {
        Path pdf = FixturePdf.write(documents.resolve("malformed.pdf"), edit);
        assertRefused(pdf, "en", message);
    }

    @Test
    void aFileThatIsNoPdfIsRefused() throws IOException {
        Path text = Files.writeString(documents.resolve("resolution.pdf"), "Annex\nArticle 1\nNot a PDF at all.\n");
        assertRefused(text, "en", "is not a PDF (no %PDF- header)");
    }

    @Test
    void anotherDocumentIsRefused() throws IOException {
        assertRefused(FixturePdf.write(documents.resolve("other.pdf"), lines -> lines, "A/RES/79/999"), "en",
                "does not carry the document symbol A/RES/79/243 on any page");
    }

    @Test
    void anUnknownLanguageIsRefused() throws IOException {
        assertRefused(FixturePdf.write(documents.resolve("ok.pdf")), "de",
                "Unknown language 'de': the official languages of A/RES/79/243 are ar, zh, en, fr, ru, es.");
    }

    @Test
    void aGraphWithoutParagraphsForAnArticleIsRefused() throws IOException {
        Path data = home.resolve("data/fixture-treaty.trig");
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : Files.readAllLines(data)) {
            skipping = line.startsWith("<treaty/un-cybercrime-convention/article/3/paragraph/")
                    || skipping && !line.isBlank() && line.startsWith("    ");
            if (!skipping) {
                kept.add(line);
            }
        }
        Files.write(data, kept);
        assertRefused(FixturePdf.write(documents.resolve("ok.pdf")), "en",
                "article 3: the graph has no paragraphs for it (tg:Paragraph resources " + ARTICLE
                        + "3/paragraph/{m}). The graph lacks the provisions model");
    }

    @Test
    void textsThatViolateTheShapesAreRefused() throws IOException {
        // Without the ontology's word that a paragraph is a provision (eli:LegalResourceSubdivision), SHACL refuses.
        Files.delete(home.resolve("ontology/provisions.ttl"));
        List<String> before = dataFiles();
        assertEquals(TreatyGraphCommand.EXIT_INVALID_DATA, importText(FixturePdf.write(documents.resolve("ok.pdf")), "en"));
        assertTrue(err.toString().contains("Only a provision (an eli:LegalResourceSubdivision: a paragraph or"
                + " subparagraph) has a tg:officialText."), err.toString());
        assertEquals(before, dataFiles());
    }

    private void assertRefused(Path pdf, String language, String message) throws IOException {
        List<String> before = dataFiles();
        assertEquals(TreatyGraphCommand.EXIT_FAILURE, importText(pdf, language), out.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertEquals(before, dataFiles());
    }

    private int importText(Path pdf, String language) {
        CommandLine command = TreatyGraphCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute("import-text", pdf.toString(), "--language", language, "--home", home.toString(),
                "--mem");
    }

    private static UnaryOperator<List<String>> edit(UnaryOperator<List<String>> edit) {
        return edit;
    }

    private static List<String> replace(List<String> lines, String line, String replacement) {
        int index = lines.indexOf(line);
        assertTrue(index >= 0, line);
        lines.set(index, replacement);
        return lines;
    }

    private List<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("data"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> officialTexts(TreatyStore store) {
        Map<String, String> texts = new TreeMap<>();
        select(store, "SELECT ?p ?text WHERE { GRAPH <" + GRAPH + "> { ?p tg:officialText ?text } FILTER (LANG(?text) = 'en') }",
                row -> texts.put(row.getResource("p").getURI().substring(ARTICLE.length()),
                        row.getLiteral("text").getString()));
        return texts;
    }

    private static Map<String, String> provenance(TreatyStore store) {
        Map<String, String> provenance = new TreeMap<>();
        select(store, """
                SELECT ?symbol ?checksum ?language ?time ?document WHERE { GRAPH tgg:catalog {
                  <%s> a tg:DataGraph ; prov:wasDerivedFrom ?source ; prov:generatedAtTime ?time ; dcterms:language ?language .
                  ?source a tg:Source ; dcterms:identifier ?symbol ; dcterms:isVersionOf ?document ;
                      spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?checksum ] } }
                """.formatted(GRAPH), row -> {
                    provenance.put("symbol", row.getLiteral("symbol").getString());
                    provenance.put("checksum", row.getLiteral("checksum").getLexicalForm().toLowerCase());
                    provenance.put("language", row.getLiteral("language").getLexicalForm());
                    provenance.put("timeType", row.getLiteral("time").getDatatypeURI());
                    provenance.put("document", row.getResource("document").getURI());
                });
        return provenance;
    }

    private static void select(TreatyStore store, String where, java.util.function.Consumer<QuerySolution> row) {
        String query = TestProject.WRITE_PREFIXES + "PREFIX spdx: <http://spdx.org/rdf/terms#>\n" + where;
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                execution.execSelect().forEachRemaining(row);
            }
        });
    }
}
