package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.search.Search;
import org.w3id.treatygraph.search.SearchKind;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/** {@code search(query, kinds?)}: the full-text search of {@code /search}, best first. */
final class SearchTool implements McpTool {
    private static final int RESULTS = 20;

    private final DatasetGraph dataset;
    private final Search search;

    SearchTool(DatasetGraph dataset, Search search) {
        this.dataset = dataset;
        this.search = search;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("search", "Search the graph",
                "Full-text search over provisions, defined terms, obligations, offences, parties, statements and"
                        + " sources (Lucene syntax: words, \"phrases\", AND/OR/NOT, prefix*). The best " + RESULTS
                        + " results with kind, label, a snippet, the property and named graph the text is stated in.",
                Schemas.object(Schemas.properties(
                        "query", Schemas.string("What to look for, e.g. \"point of contact\""),
                        "kinds", Schemas.strings("Only these kinds of result", SearchKind.slugs())),
                        List.of("query")));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String query = arguments.requiredText("query", "\"point of contact\"");
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String slug : arguments.texts("kinds")) {
            kinds.add(SearchKind.bySlug(slug).orElseThrow(() -> new ToolError("Unknown kind '" + slug + "'. Kinds: "
                    + String.join(", ", SearchKind.slugs()) + ".")));
        }
        Search.Answer answer;
        try {
            answer = search.run(query, kinds, RESULTS);
        } catch (IllegalArgumentException e) {
            throw new ToolError(e.getMessage());
        }
        IriRewriter rewriter = caller.rewriter();
        List<Map<String, Object>> results = Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, rewriter);
            return answer.results().stream().map(r -> Item.of("iri", rewriter.toPublic(r.resource().getURI()),
                    "kind", r.kind().slug(), "label", r.label(), "snippet", r.snippetText(),
                    "property", r.property() == null ? null : r.property().getURI(),
                    "graph", r.graph() == null ? null : rewriter.toPublic(r.graph().getURI()),
                    "confidence", facts.object(r.resource(), TG.term("confidence")).map(facts::label).orElse(null)))
                    .toList();
        });
        return Item.of("query", answer.query(), "count", results.size(), "results", results);
    }
}
