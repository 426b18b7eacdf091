package org.w3id.treatygraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/** The search page's model: the form as it was filled in, and the results grouped by kind. */
public final class SearchPage {
    /** A kind box of the form. */
    public record KindOption(String slug, String title, boolean checked) {}

    /** A result as shown. */
    public record Item(String label, String href, String kind, List<Search.Part> snippet, String property,
                       String graph, String graphHref) {}

    /** A group of results of one kind. */
    public record Group(String kind, String title, int count, List<Item> items) {}

    public final String title;
    public final String query;
    public final int count;
    public final List<KindOption> kinds;
    public final List<Group> groups;
    /** When the text reads as a citation ("art 16(5)"): the lookup that goes straight to the provision. */
    public final String citationHref;

    private SearchPage(String query, int count, List<KindOption> kinds, List<Group> groups, String citationHref) {
        this.title = "Search: " + query;
        this.query = query;
        this.count = count;
        this.kinds = kinds;
        this.groups = groups;
        this.citationHref = citationHref;
    }

    public boolean hasResults() {
        return count > 0;
    }

    static SearchPage of(Search.Answer answer, IriRewriter rewriter) {
        List<KindOption> kinds = Arrays.stream(SearchKind.values())
                .map(k -> new KindOption(k.slug(), k.title(), answer.kinds().contains(k))).toList();
        List<Group> groups = new ArrayList<>();
        answer.groups().forEach((kind, results) -> groups.add(new Group(kind.slug(), kind.title(), results.size(),
                results.stream().map(r -> item(r, rewriter)).toList())));
        return new SearchPage(answer.query(), answer.results().size(), kinds, groups, citation(answer.query(), rewriter));
    }

    private static String citation(String query, IriRewriter rewriter) {
        try {
            Citation.parse(query);
            return rewriter.publicBase() + "find?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Item item(Search.Result result, IriRewriter rewriter) {
        Node graph = result.graph();
        String graphName = graph == null ? null
                : graph.getURI().startsWith(TG.GRAPH) ? graph.getURI().substring(TG.GRAPH.length()) : graph.getURI();
        String property = result.property() == null ? null : localName(result.property().getURI());
        return new Item(result.label(), rewriter.toPublic(result.resource().getURI()), result.kind().slug(),
                result.snippet(), property, graphName, graph == null ? null : rewriter.toPublic(graph.getURI()));
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
