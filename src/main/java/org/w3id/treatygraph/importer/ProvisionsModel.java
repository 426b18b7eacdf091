package org.w3id.treatygraph.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The provisions of a treaty as the graph models them: its articles by number, each article's paragraphs
 * ({@code tg:Paragraph}, part of the article) by number, and each paragraph's lettered subparagraphs
 * ({@code tg:Subparagraph}, part of the paragraph) by their place in the alphabet. A provision's number is its
 * {@code tg:number} or {@code eli:number}, or else the last segment of its IRI ({@code …/paragraph/3},
 * {@code …/subparagraph/c}). Parts are found through {@code eli:is_part_of} or {@code eli:has_part} (or their
 * sub-properties), as the graph states them: the files hold no inferred triples.
 */
final class ProvisionsModel {
    private static final String QUERY = """
            PREFIX tg:   <https://w3id.org/treatygraph/ontology#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?article ?articleNumber ?paragraph ?pn ?pe ?subparagraph ?sn ?se WHERE {
              ?article a tg:Article ; tg:treaty <%s> ; tg:number ?articleNumber .
              OPTIONAL {
                ?paragraph a tg:Paragraph .
                { ?paragraph ?partOf ?article . ?partOf rdfs:subPropertyOf* eli:is_part_of }
                UNION { ?article ?hasPart ?paragraph . ?hasPart rdfs:subPropertyOf* eli:has_part }
                OPTIONAL { ?paragraph tg:number ?pn } OPTIONAL { ?paragraph eli:number ?pe }
                OPTIONAL {
                  ?subparagraph a tg:Subparagraph .
                  { ?subparagraph ?subPartOf ?paragraph . ?subPartOf rdfs:subPropertyOf* eli:is_part_of }
                  UNION { ?paragraph ?subHasPart ?subparagraph . ?subHasPart rdfs:subPropertyOf* eli:has_part }
                  OPTIONAL { ?subparagraph tg:number ?sn } OPTIONAL { ?subparagraph eli:number ?se }
                }
              }
            }
            """;

    private final SortedMap<Integer, Node> articles = new TreeMap<>();
    private final Map<Node, SortedMap<Integer, Node>> paragraphs = new HashMap<>();
    private final Map<Node, SortedMap<Integer, Node>> subparagraphs = new HashMap<>();

    private ProvisionsModel() {}

    /** The provisions of {@code treaty} in the union of the dataset's graphs. */
    static ProvisionsModel of(DatasetGraph dataset, Node treaty) {
        ProvisionsModel model = new ProvisionsModel();
        String query = QUERY.formatted(treaty.getURI());
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(dataset.getUnionGraph()))
                .query(query).build()) {
            execution.execSelect().forEachRemaining(model::add);
        }
        return model;
    }

    private void add(QuerySolution row) {
        Node article = row.getResource("article").asNode();
        articles.put(row.getLiteral("articleNumber").getInt(), article);
        SortedMap<Integer, Node> ofArticle = paragraphs.computeIfAbsent(article, a -> new TreeMap<>());
        if (row.contains("paragraph")) {
            Node paragraph = row.getResource("paragraph").asNode();
            ofArticle.put(paragraphNumber(paragraph, row.get("pn"), row.get("pe")), paragraph);
            SortedMap<Integer, Node> ofParagraph = subparagraphs.computeIfAbsent(paragraph, p -> new TreeMap<>());
            if (row.contains("subparagraph")) {
                Node subparagraph = row.getResource("subparagraph").asNode();
                ofParagraph.put(letterOrdinal(subparagraph, row.get("sn"), row.get("se")), subparagraph);
            }
        }
    }

    SortedMap<Integer, Node> articles() {
        return articles;
    }

    /** The paragraphs of an article by number; empty when the graph has none. */
    SortedMap<Integer, Node> paragraphs(Node article) {
        return paragraphs.getOrDefault(article, new TreeMap<>());
    }

    /** The subparagraphs of a paragraph by place in the alphabet (a = 1); empty when the graph has none. */
    SortedMap<Integer, Node> subparagraphs(Node paragraph) {
        return subparagraphs.getOrDefault(paragraph, new TreeMap<>());
    }

    private static int paragraphNumber(Node paragraph, RDFNode integer, RDFNode string) {
        String number = integer != null ? integer.asLiteral().getLexicalForm()
                : string != null ? string.asLiteral().getLexicalForm() : lastSegment(paragraph);
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new OfficialTextException("The paragraph " + paragraph.getURI() + " has no number the importer can"
                    + " read ('" + number + "').");
        }
    }

    private static int letterOrdinal(Node subparagraph, RDFNode integer, RDFNode string) {
        if (integer != null && integer.isLiteral() && integer.asLiteral().getLexicalForm().matches("\\d+")) {
            return Integer.parseInt(integer.asLiteral().getLexicalForm());
        }
        String letter = (string != null ? string.asLiteral().getLexicalForm() : lastSegment(subparagraph))
                .replaceAll("[()\\s]", "");
        if (!letter.matches("[a-z]")) {
            throw new OfficialTextException("The subparagraph " + subparagraph.getURI() + " has no letter the importer"
                    + " can read ('" + letter + "').");
        }
        return letter.charAt(0) - 'a' + 1;
    }

    private static String lastSegment(Node node) {
        String iri = node.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
