package org.w3id.treatygraph.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The paragraph-level crosswalk as the article view shows it under a paragraph: the mappings from it (a Hanoi
 * paragraph) or to it (another treaty's paragraph), each with the other side, the kind of match and the note.
 */
final class ParagraphMatches {
    /** One mapping seen from a paragraph: the other side (or the compared treaty, for no counterpart). */
    public record Match(String treaty, String text, String href, String kind, String confidence, String note,
                        String mappingHref) {}

    private static final Node TITLE_SHORT = NodeFactory.createURI(Vocab.ELI + "title_short");

    private ParagraphMatches() {}

    static List<Match> of(Node provision, GraphFacts facts) {
        List<Match> matches = new ArrayList<>();
        for (Node mapping : facts.subjects(TG.term("mappedProvision"), provision)) {
            Optional<Node> other = facts.object(mapping, TG.term("counterpartProvision"));
            matches.add(match(mapping, other.orElse(null), facts));
        }
        for (Node mapping : facts.subjects(TG.term("counterpartProvision"), provision)) {
            matches.add(match(mapping, facts.object(mapping, TG.term("mappedProvision")).orElseThrow(), facts));
        }
        matches.sort(Comparator.comparing(Match::treaty).thenComparing(Match::text, NaturalOrder.INSTANCE));
        return List.copyOf(matches);
    }

    private static Match match(Node mapping, Node other, GraphFacts facts) {
        Node treaty = other == null ? facts.object(mapping, TG.term("counterpartTreaty")).orElseThrow()
                : facts.object(other, TG.term("treaty")).orElseThrow();
        Node kind = facts.object(mapping, TG.term("mappingKind")).orElseThrow();
        String kindName = kind.getURI().substring(Math.max(kind.getURI().lastIndexOf('#'), kind.getURI().lastIndexOf('/')) + 1);
        return new Match(facts.text(treaty, TITLE_SHORT).orElse(facts.label(treaty)),
                other == null ? "no counterpart" : facts.label(other),
                other == null ? null : facts.rewriter().toPublic(other.getURI()), kindName,
                facts.object(mapping, TG.term("confidence")).map(facts::label).orElse(null),
                facts.text(mapping, TG.term("note")).orElse(null), facts.rewriter().toPublic(mapping.getURI()));
    }
}
