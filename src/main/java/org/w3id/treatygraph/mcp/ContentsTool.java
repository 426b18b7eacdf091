package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.reading.TreatyView;

/** {@code table_of_contents(treaty?)}: chapters in order, their articles in numeric order with titles. */
final class ContentsTool implements McpTool {
    private final DatasetGraph dataset;

    ContentsTool(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("table_of_contents", "Table of contents",
                "The chapters of a treaty in order and their articles in numeric order, with titles, IRIs and the"
                        + " number of obligations by modality.",
                Schemas.object(Schemas.properties("treaty", Schemas.string("Hanoi (default), Budapest, UNTOC or UNCAC")),
                        List.of()));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String slug = Articles.treatySlug(arguments.text("treaty").orElse(null));
        TreatyView view = TreatyView.of(Articles.treaty(slug), dataset, caller.rewriter());
        if (!view.hasParts()) {
            throw new ToolError("The graph holds no articles of that treaty. Name one of " + Articles.TREATY_NAMES + ".");
        }
        return Item.of("treaty", Item.of("iri", caller.rewriter().toPublic(Articles.treaty(slug).getURI()),
                        "title", view.summary),
                "articleCount", view.articleCount,
                "chapters", view.parts.stream().map(part -> Item.of("iri", part.href(), "label", part.heading(),
                        "articles", part.articles().stream().map(a -> Item.of("iri", a.href(), "number", a.number(),
                                "title", a.title(), "obligations", a.obligations().stream()
                                        .map(m -> Item.of("modality", m.modality(), "count", m.count())).toList(),
                                "graph", a.graph())).toList())).toList());
    }
}
