package org.w3id.treatygraph.mcp;

import java.util.LongSummaryStatistics;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.search.Citation;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/** Finds a treaty and its articles by the names and numbers agents give; refusals name what exists. */
final class Articles {
    static final String HANOI = "un-cybercrime-convention";
    static final String TREATY_NAMES = "'Hanoi' (the UN Convention against Cybercrime, the default), 'Budapest', 'UNTOC'"
            + " or 'UNCAC'";

    private final DatasetGraph dataset;

    Articles(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The slug of the treaty named (the Hanoi Convention when absent). */
    static String treatySlug(String name) {
        if (name == null) {
            return HANOI;
        }
        try {
            return Citation.treaty(name);
        } catch (IllegalArgumentException e) {
            throw new ToolError("Unknown treaty '" + name + "'. Name one of " + TREATY_NAMES + ".");
        }
    }

    static Node treaty(String slug) {
        return TG.id("treaty/" + slug);
    }

    /**
     * Article {@code number} of the treaty.
     *
     * @throws ToolError naming the articles' range when the treaty has no such article
     */
    Node article(String slug, int number) {
        Node article = TG.id("treaty/" + slug + "/article/" + number);
        return Txn.calculateRead(dataset, () -> {
            if (dataset.contains(Node.ANY, article, RDF.type.asNode(), TG.term("Article"))) {
                return article;
            }
            GraphFacts facts = new GraphFacts(dataset, new IriRewriter(TG.BASE));
            Node treaty = treaty(slug);
            LongSummaryStatistics numbers = facts.subjects(TG.term("treaty"), treaty).stream()
                    .filter(a -> facts.has(a, RDF.type.asNode(), TG.term("Article")))
                    .flatMap(a -> facts.number(a, TG.term("number")).stream())
                    .mapToLong(Long::longValue).summaryStatistics();
            String name = facts.label(treaty);
            throw new ToolError(numbers.getCount() == 0 ? "The graph holds no articles of " + name + "."
                    : "There is no article " + number + " in " + name + ": its articles are numbered "
                    + numbers.getMin() + "–" + numbers.getMax() + ".");
        });
    }
}
