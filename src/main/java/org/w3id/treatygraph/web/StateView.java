package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.status.EventKind;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The reading view of a State's page (template {@code state}), below its status block: its signature of the
 * Convention (when and where), its status under the other treaties the graph holds (Budapest, UNTOC, UNCAC), its
 * officials, and the statements and claims by them or about it. The view is a list of {@link Section}s drawn by one
 * partial ({@code state-section}), so another view of a State adds a section without a template of its own.
 */
public final class StateView {
    /** One section of the page: a heading, an introduction, its items, and what to say when it has none. */
    public record Section(String id, String heading, String intro, List<Item> items, String none) {
        public boolean hasItems() {
            return !items.isEmpty();
        }
    }

    /** An item: its text (a link where it names a resource), details, and the graph it comes from. */
    public record Item(String text, String href, String detail, String source, String sourceHref) {}

    public final List<Section> sections;

    private StateView(List<Section> sections) {
        this.sections = sections;
    }

    public static StateView of(Node state, DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, rewriter);
            List<Section> sections = new ArrayList<>();
            sections.add(new Section("signature", "Signature of the Convention", null, signatures(state, facts),
                    "No signature of the Convention by this State is recorded."));
            sections.add(new Section("treaties", "Under the other treaties",
                    "Its treaty actions on the conventions the Convention is compared with, as far as the graph's"
                            + " sources record them (their coverage is partial: see each source).",
                    otherTreaties(state, facts), null));
            sections.add(new Section("officials", "Officials", "Posts in this State that the graph's sources name.",
                    officials(state, facts), "No official of this State is named in the graph's sources."));
            sections.add(new Section("statements", "Statements and claims",
                    "What its officials said about the Convention, and claims about this State, summarised.",
                    statements(state, facts), "No statement by its officials or about it is recorded."));
            sections.add(StateCrosswalkSection.of(state, dataset, rewriter));
            return new StateView(sections);
        });
    }

    /** Its signatures of the Convention: when, where, and the graph that records each. */
    private static List<Item> signatures(Node state, GraphFacts facts) {
        return facts.subjects(TG.term("party"), state).stream()
                .filter(a -> facts.has(a, TG.term("treaty"), StatusGraph.TREATY))
                .filter(a -> facts.has(a, RDF.type.asNode(), EventKind.SIGNATURE.typeNode()))
                .map(a -> new Item("Signed " + facts.text(a, DCTerms.date.asNode()).map(d -> "on " + d).orElse("(date unknown)")
                        + facts.object(a, TG.term("place")).map(p -> " at " + facts.label(p)).orElse(""),
                        facts.rewriter().toPublic(a.getURI()),
                        facts.object(a, TG.term("confidence")).map(c -> "confidence: " + facts.label(c)).orElse(null),
                        null, null))
                .toList();
    }

    /** One item per other treaty: its actions by this State (kind and date), or that none is recorded. */
    private static List<Item> otherTreaties(Node state, GraphFacts facts) {
        List<Item> items = new ArrayList<>();
        for (Node treaty : facts.subjects(RDF.type.asNode(), TG.term("Treaty"))) {
            if (treaty.equals(StatusGraph.TREATY)) {
                continue;
            }
            List<String> actions = new ArrayList<>();
            for (Node action : facts.subjects(TG.term("party"), state)) {
                if (!facts.has(action, TG.term("treaty"), treaty)) {
                    continue;
                }
                Optional<EventKind> kind = facts.objects(action, RDF.type.asNode()).stream()
                        .map(EventKind::ofType).flatMap(Optional::stream).findFirst();
                kind.ifPresent(k -> actions.add(k.word() + " " + facts.text(action, DCTerms.date.asNode()).orElse("(date unknown)")));
            }
            actions.sort(Comparator.naturalOrder());
            items.add(new Item(facts.label(treaty), facts.rewriter().toPublic(treaty.getURI()),
                    actions.isEmpty() ? "no action of this State recorded in the graph" : String.join("; ", actions),
                    null, null));
        }
        items.sort(Comparator.comparing(Item::text));
        return items;
    }

    private static List<Item> officials(Node state, GraphFacts facts) {
        return facts.subjects(Vocab.ORG_POST_IN, state).stream().map(post -> {
            Optional<Node> holder = facts.object(post, Vocab.ORG_HELD_BY);
            return new Item(facts.label(post), facts.rewriter().toPublic(post.getURI()),
                    holder.map(h -> "held by " + facts.label(h)).orElse(null), null, null);
        }).sorted(Comparator.comparing(Item::text)).toList();
    }

    /** Statements made from its posts, and statements and claims about it. */
    private static List<Item> statements(Node state, GraphFacts facts) {
        List<Node> found = new ArrayList<>(facts.subjects(TG.term("about"), state));
        facts.subjects(Vocab.ORG_POST_IN, state)
                .forEach(post -> found.addAll(facts.subjects(TG.term("speakerPost"), post)));
        return found.stream().distinct().map(s -> {
            Optional<Node> source = facts.object(s, DCTerms.source.asNode());
            return new Item(facts.label(s), facts.rewriter().toPublic(s.getURI()),
                    facts.text(s, TG.term("paraphrase")).or(() -> facts.text(s, TG.term("claimText"))).orElse(null),
                    source.map(facts::label).orElse(null), source.map(n -> facts.rewriter().toPublic(n.getURI())).orElse(null));
        }).sorted(Comparator.comparing(Item::text)).toList();
    }
}
