package org.w3id.treatygraph.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The treaty actions of the Convention as the curated and imported graphs state them (not graph/inferred or
 * graph/status): one row per action with its party, kind, date (or bounds), place, confidence and the named graph
 * it comes from. The signatories page and the MCP tools read them here.
 */
public final class TreatyActions {
    public static final Node TREATY = TG.id("treaty/un-cybercrime-convention");
    private static final List<String> KINDS = List.of("Signature", "Ratification", "Acceptance", "Approval",
            "Accession", "Declaration", "Reservation", "Notification", "Objection", "Withdrawal", "Denunciation");

    /**
     * One treaty action; IRIs on the public base. {@code date} as shown ("2025-10-25", "between … and …"),
     * {@code sortDate} the earliest day known; {@code source} the graph's name below graph/.
     */
    public record Action(String party, String partyHref, String kind, String actionHref, String date, String sortDate,
                         String place, String placeHref, String confidence, String source, String sourceHref) {}

    private TreatyActions() {}

    /** Every action on the Convention, in no particular order. */
    public static List<Action> of(DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, rewriter);
            List<Action> actions = new ArrayList<>();
            dataset.stream(Node.ANY, Node.ANY, TG.term("party"), Node.ANY)
                    .filter(q -> !q.getGraph().equals(TG.INFERRED_GRAPH) && !q.getGraph().equals(TG.STATUS_GRAPH))
                    .filter(q -> facts.has(q.getSubject(), TG.term("treaty"), TREATY))
                    .forEach(q -> kind(q.getSubject(), facts).ifPresent(kind -> actions.add(action(q, kind, facts))));
            return actions;
        });
    }

    private static Optional<String> kind(Node action, GraphFacts facts) {
        return KINDS.stream().filter(k -> facts.has(action, RDF.type.asNode(), TG.term(k))).findFirst()
                .map(String::toLowerCase);
    }

    private static Action action(Quad partyQuad, String kind, GraphFacts facts) {
        Node action = partyQuad.getSubject();
        Node party = partyQuad.getObject();
        IriRewriter rewriter = facts.rewriter();
        Optional<String> date = facts.text(action, DCTerms.date.asNode());
        Optional<String> notBefore = facts.text(action, TG.term("notBefore"));
        Optional<String> notAfter = facts.text(action, TG.term("notAfter"));
        String shown = date.orElseGet(() -> notBefore.map(b -> "between " + b + " and " + notAfter.orElse("?"))
                .orElse(notAfter.map(a -> "by " + a).orElse("unknown")));
        Optional<Node> place = facts.object(action, TG.term("place"));
        Function<Node, String> slug = g -> g.getURI().startsWith(TG.GRAPH) ? g.getURI().substring(TG.GRAPH.length()) : g.getURI();
        return new Action(facts.label(party), rewriter.toPublic(party.getURI()), kind, rewriter.toPublic(action.getURI()),
                shown, date.or(() -> notBefore).or(() -> notAfter).orElse("9999"),
                place.map(facts::label).orElse(null), place.map(p -> rewriter.toPublic(p.getURI())).orElse(null),
                facts.object(action, TG.term("confidence")).map(facts::label).orElse(""),
                slug.apply(partyQuad.getGraph()), rewriter.toPublic(partyQuad.getGraph().getURI()));
    }
}
