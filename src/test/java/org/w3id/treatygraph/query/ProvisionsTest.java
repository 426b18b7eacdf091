package org.w3id.treatygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;

/**
 * The provisions of the Hanoi Convention (issue 11) against the reference table they were read into,
 * {@code src/test/resources/reference/provisions.tsv} (a copy of the project's reference research, one row per
 * paragraph or lettered subparagraph, checked against A/RES/79/243), and the answers of competency queries 21–24.
 */
class ProvisionsTest {
    private static final String ID = "https://w3id.org/treatygraph/id/";
    private static final String ARTICLE = ID + "treaty/un-cybercrime-convention/article/";
    private static final String PREFIXES = """
            PREFIX tg:   <https://w3id.org/treatygraph/ontology#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Map<String, String> MODALITY = Map.of("mandatory", "Mandatory", "optional", "Optional",
            "consider", "ShallConsider", "none", "NoModality");

    record Row(int article, String paragraph, String subparagraph, String modality, String bearer, int page) {
        String iri() {
            String p = paragraph.isEmpty() ? "1" : paragraph;
            return ARTICLE + article + "/paragraph/" + p + (subparagraph.isEmpty() ? "" : "/subparagraph/" + subparagraph);
        }
    }

    static List<Row> reference() throws IOException {
        try (InputStream in = ProvisionsTest.class.getResourceAsStream("/reference/provisions.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals("article\tparagraph\tsubparagraph\tmodality\tbearer\tkey_phrase\tsummary\tcross_references\tpage",
                    lines.get(0));
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], Integer.parseInt(f[8])));
            }
            return rows;
        }
    }

    @Test
    void theReferenceTableHasAllRows() throws IOException {
        List<Row> rows = reference();
        assertEquals(293, rows.size());
        assertEquals(68, rows.stream().map(Row::article).distinct().count());
    }

    @Test
    void everyArticleHasAtLeastOneParagraph() {
        Map<Integer, Integer> perArticle = new TreeMap<>();
        select("""
                SELECT ?n (COUNT(?p) AS ?paragraphs) WHERE {
                  ?a a tg:Article ; tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> ; tg:number ?n .
                  OPTIONAL { ?p a tg:Paragraph ; tg:article ?a }
                } GROUP BY ?n""").forEach(r -> perArticle.put(r.get("n").asLiteral().getInt(),
                r.get("paragraphs").asLiteral().getInt()));
        assertEquals(68, perArticle.size());
        perArticle.forEach((article, count) -> assertTrue(count >= 1, "article " + article + " has no paragraph"));
        assertEquals(277, perArticle.values().stream().mapToInt(Integer::intValue).sum(),
                "264 numbered paragraphs and 13 single unnumbered ones");
    }

    @Test
    void paragraphNumbersAreContiguousAndMatchTheText() throws IOException {
        Map<Integer, List<Integer>> numbers = new TreeMap<>();
        select("""
                SELECT ?n ?number WHERE {
                  ?p a tg:Paragraph ; tg:number ?number ; tg:article/tg:number ?n ;
                     tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> .
                } ORDER BY ?n ?number""").forEach(r -> numbers.computeIfAbsent(r.get("n").asLiteral().getInt(),
                k -> new ArrayList<>()).add(r.get("number").asLiteral().getInt()));
        Map<Integer, Integer> expected = new TreeMap<>();
        for (Row row : reference()) {
            int p = row.paragraph().isEmpty() ? 1 : Integer.parseInt(row.paragraph());
            expected.merge(row.article(), p, Math::max);
        }
        numbers.forEach((article, list) -> {
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i), "article " + article + " paragraphs " + list);
            }
            assertEquals(expected.get(article), list.size(), "article " + article);
        });
        assertEquals(32, numbers.get(40).size());
        Set<Integer> unnumbered = select("SELECT ?n WHERE { ?p tg:unnumbered true ; tg:article/tg:number ?n ;"
                + " tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> }").stream()
                .map(r -> r.get("n").asLiteral().getInt()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(1, 2, 3, 10, 13, 20, 26, 27, 32, 38, 46, 48, 51), unnumbered);
    }

    @Test
    void everyRowHasItsProvisionWithTheSameModalityAndPage() throws IOException {
        Map<String, String[]> provisions = new HashMap<>();
        select("""
                SELECT ?p ?m ?page WHERE { ?p tg:provisionModality ?m ; tg:page ?page }""").forEach(r ->
                provisions.put(r.get("p").toString(), new String[] {
                        r.get("m").asResource().getLocalName(), r.get("page").asLiteral().getLexicalForm() }));
        for (Row row : reference()) {
            String[] found = provisions.get(row.iri());
            assertTrue(found != null, "no provision " + row.iri());
            assertEquals(MODALITY.get(row.modality()), found[0], row.iri());
            assertEquals(String.valueOf(row.page()), found[1], row.iri());
        }
    }

    @Test
    void everyDeonticRowHasItsObligationWithTheRightModality() throws IOException {
        Map<String, List<String>> obligations = new HashMap<>();
        select("""
                SELECT ?unit ?m WHERE { ?o a tg:Obligation ; tg:inParagraph ?unit ; tg:modality ?m }""").forEach(r ->
                obligations.computeIfAbsent(r.get("unit").toString(), k -> new ArrayList<>())
                        .add(r.get("m").asResource().getLocalName()));
        int deontic = 0;
        for (Row row : reference()) {
            if (row.modality().equals("none")) {
                assertTrue(!obligations.containsKey(row.iri()), "an obligation in a provision without modality: " + row.iri());
                continue;
            }
            deontic++;
            assertEquals(List.of(MODALITY.get(row.modality())), obligations.get(row.iri()), row.iri());
        }
        assertEquals(243, deontic);
        assertEquals(243, obligations.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void theErrorsTheIssueNamesAreFixed() {
        Map<String, String> byIri = new HashMap<>();
        select("""
                SELECT ?o ?unit WHERE { ?o a tg:Obligation ; tg:inParagraph ?unit }""").forEach(r ->
                byIri.put(r.get("o").toString().substring(ID.length()), r.get("unit").toString().substring(ARTICLE.length())));
        assertEquals("16/paragraph/5", byIri.get("obligation/un-cybercrime-convention/art16-3"), "intent to cause harm");
        assertEquals("16/paragraph/6", byIri.get("obligation/un-cybercrime-convention/art16-4"), "other measures");
        assertTrue(byIri.containsValue("17/paragraph/2/subparagraph/d"));
        assertTrue(byIri.containsValue("21/paragraph/7"));
        assertTrue(byIri.containsValue("23/paragraph/3/subparagraph/b"));
        assertTrue(byIri.containsValue("31/paragraph/3"));
        assertEquals(0, select("""
                SELECT ?o WHERE { ?o tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> ;
                  tg:modalityPhrase ?p . FILTER (CONTAINS(?p, "...")) }""").size(),
                "modality phrases are the treaty's words, without ellipsis");
        assertEquals(0, select("""
                SELECT ?o WHERE { ?o a tg:Obligation ; tg:inParagraph ?unit . ?unit (tg:parentParagraph|^tg:parentParagraph)? ?p .
                  ?p a tg:Paragraph . FILTER NOT EXISTS { ?p tg:unnumbered true } FILTER NOT EXISTS { ?o tg:paragraph ?n } }""").size(),
                "every obligation in a numbered paragraph has its paragraph number");
    }

    @Test
    void titlesAndChaptersAreVerifiedFromTheText() {
        assertEquals(0, select("""
                SELECT ?x WHERE { ?x tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> ;
                  tg:confidence ?c . FILTER (?c != tg:Verified) { ?x a tg:Article } UNION { ?x a tg:Chapter } }""").size());
        assertEquals("International cooperation for the purposes of confiscation", select("""
                SELECT ?t WHERE { <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/50> eli:title ?t }""")
                .get(0).get("t").asLiteral().getString());
    }

    // ------------------------------------------------------------------ competency queries 21-24

    @Test
    void provisionModalitiesInAllNineChapters() {
        Map<Integer, List<Integer>> counts = new TreeMap<>();
        run("21-provision-modalities-per-chapter.rq").forEach(r -> counts.put(r.get("chapter").asLiteral().getInt(),
                List.of(r.get("mandatory").asLiteral().getInt(), r.get("optional").asLiteral().getInt(),
                        r.get("shallConsider").asLiteral().getInt(), r.get("none").asLiteral().getInt())));
        // mandatory, optional, shall consider, none: the 293 provisions of the reference table and the 15
        // lettered definitions of article 2.
        assertEquals(Map.of(1, List.of(3, 0, 0, 21), 2, List.of(24, 19, 1, 8), 3, List.of(3, 2, 0, 1),
                4, List.of(29, 5, 4, 7), 5, List.of(61, 28, 16, 9), 6, List.of(3, 2, 2, 0),
                7, List.of(6, 2, 11, 1), 8, List.of(8, 1, 0, 1), 9, List.of(7, 4, 2, 17)), counts);
    }

    @Test
    void provisionsThatUseTheTermTrafficData() {
        List<Map<String, RDFNode>> rows = run("22-provisions-using-traffic-data.rq");
        assertEquals(List.of("Article 2(d)", "Article 2(f)", "Article 25(1)",
                "Article 26 (a single unnumbered paragraph)", "Article 29(1)", "Article 29(2)", "Article 40(3)",
                "Article 43(1)", "Article 43(2)", "Article 45(1)", "Article 45(2)", "Article 45(3)"),
                rows.stream().map(r -> r.get("label").asLiteral().getString()).toList());
        rows.forEach(r -> assertEquals("Article 2(c)", r.get("definedIn").asLiteral().getString()));
    }

    @Test
    void whatCitesArticleSeventeen() {
        List<Map<String, RDFNode>> rows = run("23-what-cites-article-17.rq");
        Set<String> citations = rows.stream().map(r -> r.get("kind").asLiteral().getString() + ": "
                + r.get("citingLabel").asLiteral().getString() + " -> " + r.get("citedLabel").asLiteral().getString())
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "cites: Article 2(m) -> Article 17. Laundering of proceeds of crime",
                "cites: Article 22(2) -> Article 17(1)",
                "cites: Article 17(2)(a) -> Article 17(1)",
                "cites: Article 17(2)(e) -> Article 17(1)",
                "cites: Article 17(2)(f) -> Article 17(1)",
                "cites: Article 17(2)(c) -> Article 17(2)(b)",
                "interprets: Interpretative note 3 (article 17, predicate offences) -> Article 17. Laundering of proceeds of crime"),
                citations);
    }

    @Test
    void theCitationGraphIsQueryableInBothDirections() {
        assertEquals(select("SELECT ?a ?b WHERE { ?a eli:cites ?b }").size(),
                select("SELECT ?a ?b WHERE { ?b tg:citedBy ?a }").size(), "tg:citedBy is inferred for every eli:cites");
        assertEquals(186, select("SELECT ?a ?b WHERE { ?a eli:cites ?b }").size());
    }

    @Test
    void obligationsOfArticleFortyByParagraph() {
        List<Map<String, RDFNode>> rows = run("24-obligations-of-article-40.rq");
        assertEquals(34, rows.size(), "36 provisions of article 40, less 40(6) and 40(22), which oblige no one");
        Map<String, String> modalities = new TreeMap<>();
        rows.forEach(r -> modalities.put(r.get("paragraph").asLiteral().getInt()
                + (r.get("subparagraph") == null ? "" : r.get("subparagraph").asLiteral().getString()),
                r.get("modality").asLiteral().getString()));
        assertEquals("mandatory", modalities.get("1"));
        assertEquals("shall consider", modalities.get("7"));
        assertEquals("optional", modalities.get("8"));
        assertEquals("mandatory", modalities.get("12c"));
        assertEquals("optional", modalities.get("31b"));
        assertEquals("shall consider", modalities.get("32"));
        assertTrue(!modalities.containsKey("6") && !modalities.containsKey("22"));
        String twelveC = rows.stream().filter(r -> r.get("paragraph").asLiteral().getInt() == 12
                && "c".equals(r.get("subparagraph").asLiteral().getString())).findFirst().orElseThrow()
                .get("bearers").asLiteral().getString();
        assertEquals(Set.of("each State Party", "the Secretary-General of the United Nations"), Set.of(twelveC.split("; ")));
    }

    private static List<Map<String, RDFNode>> run(String fileName) {
        return QueryAnswers.select(QueryAnswers.curatedStore(), TestProject.home().resolve("queries").resolve(fileName));
    }

    private static List<Map<String, RDFNode>> select(String query) {
        Dataset dataset = QueryAnswers.curatedStore();
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
                execution.execSelect().forEachRemaining(solution -> {
                    Map<String, RDFNode> row = new HashMap<>();
                    solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
