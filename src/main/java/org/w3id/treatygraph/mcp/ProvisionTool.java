package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.reading.ArticleView;
import org.w3id.treatygraph.reading.ArticleView.Provision;

/**
 * {@code get_provision(treaty?, article, paragraph?)}: an article (or one paragraph of it) as the article page
 * shows it — title, paragraphs with modality, bearer, summary or the imported official text (labelled), defined
 * terms, citations out and in, the obligations and the reservations made under it.
 */
final class ProvisionTool implements McpTool {
    private final DatasetGraph dataset;
    private final Articles articles;

    ProvisionTool(DatasetGraph dataset, Articles articles) {
        this.dataset = dataset;
        this.articles = articles;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("get_provision", "Get a provision",
                "An article of the UN Convention against Cybercrime (or of Budapest, UNTOC, UNCAC), or one of its"
                        + " paragraphs: title, modality (shall/may), who bears it, a summary in TreatyGraph's words (or"
                        + " the official text where the operator imported it, labelled as such), defined terms used,"
                        + " citations out and in, obligations and reservations; every item with its IRI, named graph and"
                        + " confidence.",
                Schemas.object(Schemas.properties(
                        "treaty", Schemas.string("Hanoi (default), Budapest, UNTOC or UNCAC"),
                        "article", Schemas.integer("The article number, e.g. 41", 1),
                        "paragraph", Schemas.integer("A paragraph number, e.g. 1; all paragraphs when absent", 1)),
                        List.of("article")));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String slug = Articles.treatySlug(arguments.text("treaty").orElse(null));
        int number = arguments.requiredInteger("article", "41");
        Node article = articles.article(slug, number);
        ArticleView view = ArticleView.of(article, dataset, caller.rewriter());
        Optional<Integer> paragraph = arguments.integer("paragraph");
        List<Provision> shown = view.paragraphs;
        if (paragraph.isPresent()) {
            shown = view.paragraphs.stream().filter(p -> p.number().equals(paragraph.get().toString())).toList();
            if (shown.isEmpty()) {
                throw new ToolError(view.paragraphs.isEmpty() ? "Article " + number + " has no numbered paragraphs;"
                        + " call get_provision without 'paragraph'." : "Article " + number + " has paragraphs "
                        + view.paragraphs.get(0).number() + "–" + view.paragraphs.get(view.paragraphs.size() - 1).number()
                        + "; there is no paragraph " + paragraph.get() + ".");
            }
        }
        String inParagraph = paragraph.isPresent() ? shown.get(0).href() : null;
        ArticleView.Heading heading = view.heading;
        return Item.of(
                "article", Item.of("iri", heading.href(), "label", heading.label(), "title", heading.title(),
                        "treaty", view.treatyName, "chapter", heading.chapter() == null ? null
                                : Item.of("iri", heading.chapterHref(), "label", heading.chapter()),
                        "graph", heading.graph(), "confidence", heading.confidence()),
                "paragraphs", shown.stream().map(ProvisionTool::provision).toList(),
                "obligations", view.obligationList.stream()
                        .filter(o -> inParagraph == null || inParagraph.equals(o.paragraphHref()))
                        .map(o -> Item.of("iri", o.href(), "label", o.label(), "paragraph", o.paragraphHref(),
                                "modality", o.modality(), "bearer", o.bearer(), "requires", o.action(),
                                "graph", o.graph(), "confidence", o.confidence())).toList(),
                "citedByTheArticleAsAWhole", Item.links(view.citedByAsAWhole),
                "reservations", Item.links(view.reservations),
                "note", "Summaries are TreatyGraph's own words with the page of the official document (A/RES/79/243 for"
                        + " the Convention); officialText appears only where the operator imported the official text.");
    }

    static Map<String, Object> provision(Provision p) {
        return Item.of("iri", p.href(), "label", p.label(), "number", p.number(), "modality", p.modality(),
                "bearer", p.bearer(), "summary", p.summary(), "keyPhrase", p.keyPhrase(),
                "officialText", p.officialText() == null ? null : Item.of("text", p.officialText(),
                        "language", p.officialLanguage(), "label", "official text, as imported by the operator"),
                "termsUsed", Item.links(p.terms()), "cites", Item.links(p.cites()), "citedBy", Item.links(p.citedBy()),
                "subparagraphs", p.subparagraphs().stream().map(ProvisionTool::provision).toList(),
                "source", p.source(), "page", p.page(), "graph", p.graph(), "confidence", p.confidence());
    }
}
