package org.w3id.treatygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;

/** Each cross-reference question in {@code queries/crossref/} returns its expected answer over the loaded store. */
class CrossReferenceQueriesTest {
    private static final String ID = "https://w3id.org/treatygraph/id/";

    @Test
    void everyQueryFileStatesItsQuestion() throws IOException {
        assertEquals(6, QueryAnswers.questionFiles(TestProject.home().resolve("queries/crossref")).size());
    }

    @Test
    void hanoiOffenceArticlesAndTheirBudapestCounterparts() {
        Map<Integer, Map<String, RDFNode>> byArticle = byInteger(run("01-hanoi-offences-to-budapest.rq"), "hanoiArticle");
        assertEquals(Set.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17), byArticle.keySet());
        Map<Integer, String> matches = new TreeMap<>();
        byArticle.forEach((hanoi, row) -> matches.put(hanoi, row.containsKey("kind")
                ? (row.containsKey("budapestArticle") ? row.get("budapestArticle").asLiteral().getInt() + " " : "")
                        + row.get("kind").asLiteral().getString()
                : "none recorded"));
        assertEquals(Map.of(7, "2 close", 8, "3 close", 9, "4 close", 10, "5 close", 11, "6 close", 12, "7 close",
                13, "8 partial", 14, "9 partial", 15, "no counterpart", 16, "no counterpart"),
                Map.copyOf(matches.entrySet().stream().filter(e -> e.getKey() != 17)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        assertEquals("none recorded", matches.get(17), "laundering is mapped to UNTOC and UNCAC only");
        assertTrue(byArticle.get(13).get("note").asLiteral().getString().contains("theft"));
        byArticle.values().stream().filter(r -> r.containsKey("confidence"))
                .forEach(r -> assertEquals("likely", r.get("confidence").asLiteral().getString(),
                        "analyst judgements are never stored as verified"));
    }

    @Test
    void offencesWithoutCounterpartInEitherDirection() {
        List<Map<String, RDFNode>> rows = run("02-offences-without-counterpart.rq");
        Set<String> answer = rows.stream().map(r -> r.get("treaty").asLiteral().getString() + " "
                + r.get("article").asLiteral().getInt() + " recorded=" + r.get("recorded").asLiteral().getBoolean())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "Budapest Convention 10 recorded=false",
                "United Nations Convention against Cybercrime 15 recorded=true",
                "United Nations Convention against Cybercrime 16 recorded=true",
                "United Nations Convention against Cybercrime 17 recorded=false")), answer);
    }

    @Test
    void hanoiArticlesModelledOnUntocOrUncacByChapter() {
        Map<Integer, Map<String, RDFNode>> byChapter = byInteger(run("03-hanoi-articles-modelled-on-untoc-uncac.rq"), "chapter");
        Map<Integer, Set<Integer>> numbers = byChapter.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Arrays.stream(e.getValue().get("numbers").asLiteral().getString().split(" "))
                        .map(Integer::valueOf).collect(Collectors.toSet())));
        assertEquals(Map.of(1, Set.of(2, 3, 5), 2, Set.of(17, 18, 19, 20, 21), 3, Set.of(22), 4, Set.of(31, 32, 33, 34),
                5, Set.of(37, 38, 39, 40, 47, 48, 49, 50, 51, 52), 6, Set.of(53), 7, Set.of(54, 55, 56), 8, Set.of(57, 58),
                9, Set.of(59, 61, 63, 64, 65, 66, 67, 68)), numbers);
        assertEquals(37, byChapter.values().stream().mapToInt(r -> r.get("articles").asLiteral().getInt()).sum());
    }

    @Test
    void hanoiSignatoriesAndTheirBudapestStatus() {
        List<Map<String, RDFNode>> rows = run("04-hanoi-signatories-budapest-status.rq");
        assertEquals(75, rows.size(), "one row per signatory of the Hanoi Convention (72 in Hanoi, Mauritius, Fiji, Canada)");
        Map<String, String> known = rows.stream()
                .filter(r -> !r.get("budapestStatus").asLiteral().getString().equals("not recorded"))
                .collect(Collectors.toMap(r -> r.get("party").toString().substring(ID.length()),
                        r -> r.get("budapestStatus").asLiteral().getString() + " since " + r.get("since").asLiteral().getLexicalForm()));
        assertEquals(Map.of("state/AUT", "party since 2012-06-13", "state/AZE", "party since 2010-03-15",
                "state/BEL", "party since 2012-08-20", "state/CZE", "party since 2013-08-22",
                "state/FRA", "party since 2006-01-10"), known);
        assertEquals(Set.of("Chart of signatures and ratifications of Treaty 185, Convention on Cybercrime, status as of 03/12/2015"),
                rows.stream().filter(r -> r.containsKey("asRecordedIn"))
                        .map(r -> r.get("asRecordedIn").asLiteral().getString()).collect(Collectors.toSet()));
    }

    @Test
    void counterpartsOfTheLegalPersonsLiabilityObligationAreMandatoryToo() {
        List<Map<String, RDFNode>> rows = run("05-obligation-counterpart-modalities.rq");
        Map<String, String> modalities = rows.stream().collect(Collectors.toMap(
                r -> r.get("treaty").asLiteral().getString() + " " + r.get("article").asLiteral().getInt()
                        + "(" + r.get("paragraph").asLiteral().getInt() + ")",
                r -> r.get("modality").asLiteral().getString()));
        assertEquals(12, modalities.size());
        for (String first : List.of("Budapest Convention 12(1)", "UNTOC 10(1)", "UNCAC 26(1)")) {
            assertEquals("mandatory", modalities.get(first), first);
        }
        for (String choice : List.of("Budapest Convention 12(3)", "UNTOC 10(2)", "UNCAC 26(2)")) {
            assertEquals("optional", modalities.get(choice), choice);
        }
        assertFalse(rows.stream().filter(r -> r.get("modality").asLiteral().getString().equals("optional"))
                .anyMatch(r -> r.get("sameModality").asLiteral().getBoolean()));
    }

    @Test
    void albaniaOnNewYear2026CarriesTheLaunderingDutiesThroughUntocAndUncac() {
        List<Map<String, RDFNode>> rows = run("06-crosswalk-coverage.rq").stream()
                .filter(r -> r.get("article").asLiteral().getInt() == 17).toList();
        Map<String, String> byMapping = new TreeMap<>();
        rows.forEach(r -> byMapping.put(r.get("mapping").asResource().getURI().substring(ID.length()),
                r.get("kind").asResource().getLocalName() + " " + (r.containsKey("consentBy")
                        ? r.get("consentBy").asLiteral().getLexicalForm() : "not bound")));
        // UNTOC: ratified on 21 August 2002 (Tractatenblad Trb. 2007, 70); UNCAC: ratified on 25 May 2006
        // (Trb. 2006, 266 and 2011, 32, the copy of UNTC chapter XVIII-14 and LegaCarta agree).
        assertEquals(Map.ofEntries(
                Map.entry("crosswalk/un-cybercrime-convention/17-1/untoc/6-1", "exactMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-1/uncac/23-1", "exactMatch 2006-05-25"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-a/untoc/6-2-b", "relatedMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-a/uncac/23-2-b", "relatedMatch 2006-05-25"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-b/untoc/6-2-b", "closeMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-b/uncac/23-2-b", "closeMatch 2006-05-25"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-c/untoc/6-2-c", "exactMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-c/uncac/23-2-c", "exactMatch 2006-05-25"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-d/untoc/6-2-d", "exactMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-d/uncac/23-2-d", "exactMatch 2006-05-25"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-e/untoc/6-2-e", "exactMatch 2002-08-21"),
                Map.entry("crosswalk/un-cybercrime-convention/17-2-e/uncac/23-2-e", "exactMatch 2006-05-25")), byMapping);
        assertEquals(6, rows.stream().map(r -> r.get("obligation")).distinct().count(),
                "article 17's six obligations; 17(2)(f) sets out none");
        assertTrue(run("06-crosswalk-coverage.rq").stream()
                .filter(r -> r.get("treaty").asResource().getURI().equals(ID + "treaty/budapest-convention"))
                .allMatch(r -> r.get("consentBy").asLiteral().getLexicalForm().equals("2002-06-20")),
                "Albania ratified the Budapest Convention on 20 June 2002 (Council of Europe chart)");
    }

    private static List<Map<String, RDFNode>> run(String fileName) {
        return QueryAnswers.select(QueryAnswers.curatedStore(), TestProject.home().resolve("queries/crossref").resolve(fileName));
    }

    private static Map<Integer, Map<String, RDFNode>> byInteger(List<Map<String, RDFNode>> rows, String variable) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(variable).asLiteral().getInt(), Function.identity()));
    }
}
