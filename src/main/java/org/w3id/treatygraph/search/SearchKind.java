package org.w3id.treatygraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * What a search result is, from its types, in the order results are grouped; the first kind whose class the
 * resource has wins (a paragraph is a paragraph, not an "other"). The weight ranks kinds people look for
 * (provisions, terms) a little above the records that merely mention a word (correspondences, actions).
 */
public enum SearchKind {
    ARTICLE("article", "Articles", 2.0, TG.term("Article")),
    PARAGRAPH("paragraph", "Paragraphs", 1.3, TG.term("Paragraph")),
    SUBPARAGRAPH("subparagraph", "Subparagraphs", 1.2, TG.term("Subparagraph")),
    TERM("term", "Defined terms", 1.3, TG.term("DefinedTerm")),
    OBLIGATION("obligation", "Obligations", 1.0, TG.term("Obligation")),
    OFFENCE("offence", "Offences", 1.0, TG.term("CrimeCategory")),
    CHAPTER("chapter", "Chapters", 1.2, TG.term("Chapter")),
    SECTION("section", "Sections", 1.1, TG.term("Section")),
    TREATY("treaty", "Treaties", 1.2, TG.term("Treaty")),
    STATE("state", "States", 1.2, TG.term("State")),
    ORGANIZATION("organization", "Organizations", 1.0, TG.term("RegionalEconomicIntegrationOrganization"),
            NodeFactory.createURI(Vocab.ORG + "Organization")),
    PERSON("person", "People", 1.0, NodeFactory.createURI(Vocab.FOAF + "Person")),
    STATEMENT("statement", "Statements", 1.0, TG.term("Statement")),
    CLAIM("claim", "Claims", 0.9, TG.term("Claim")),
    EVENT("event", "Events", 1.0, TG.term("Event")),
    RESOLUTION("resolution", "Resolution and notes", 1.0, TG.term("Resolution"), TG.term("InterpretativeNote")),
    ACTION("action", "Treaty actions", 0.8, TG.term("TreatyAction"), TG.term("DomesticApproval")),
    CORRESPONDENCE("correspondence", "Correspondences", 0.7, TG.term("Correspondence")),
    SOURCE("source", "Sources", 0.9, TG.term("Source")),
    GRAPH("graph", "Named graphs", 0.8, TG.term("DataGraph")),
    OTHER("other", "Other", 0.8);

    private final String slug;
    private final String title;
    private final double weight;
    private final List<Node> classes;

    SearchKind(String slug, String title, double weight, Node... classes) {
        this.slug = slug;
        this.title = title;
        this.weight = weight;
        this.classes = List.of(classes);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    double weight() {
        return weight;
    }

    /** The kind of a resource with these types. */
    static SearchKind of(Set<Node> types) {
        return Arrays.stream(values()).filter(k -> k.classes.stream().anyMatch(types::contains)).findFirst()
                .orElse(OTHER);
    }

    public static Optional<SearchKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(SearchKind::slug).toList();
    }
}
