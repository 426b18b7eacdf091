package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.reading.ArticleView;

/**
 * {@code compare_provisions(article)}: the counterparts of an article of the Convention in the Budapest
 * Convention, UNTOC and UNCAC, as the article page's comparison shows them: kind, confidence, source.
 */
final class CompareTool implements McpTool {
    private final DatasetGraph dataset;
    private final Articles articles;

    CompareTool(DatasetGraph dataset, Articles articles) {
        this.dataset = dataset;
        this.articles = articles;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("compare_provisions", "Compare a provision",
                "How an article of the UN Convention against Cybercrime corresponds to provisions of the Budapest"
                        + " Convention, UNTOC and UNCAC: each counterpart with the kind of correspondence (e.g. exact,"
                        + " close, partial), the analyst's confidence, the source of the judgement and its named graph.",
                Schemas.object(Schemas.properties("article", Schemas.integer("The article number, e.g. 41", 1)),
                        List.of("article")));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        int number = arguments.requiredInteger("article", "41");
        ArticleView view = ArticleView.of(articles.article(Articles.HANOI, number), dataset, caller.rewriter());
        return Item.of("article", Item.of("iri", view.heading.href(), "label", view.heading.label()),
                "counterparts", view.counterparts.stream().map(c -> Item.of(
                        "treaty", Item.of("iri", c.treatyHref(), "label", c.treaty()),
                        "provision", Item.of("iri", c.href(), "label", c.article()),
                        "kind", c.kind(), "kindDefinition", c.kindDefinition(), "confidence", c.confidence(),
                        "source", c.sourceHref() == null ? null : Item.of("iri", c.sourceHref(), "label", c.source()),
                        "note", c.note(), "counterpartRequires", c.requires(),
                        "correspondence", c.correspondenceHref(), "graph", c.graph())).toList());
    }
}
