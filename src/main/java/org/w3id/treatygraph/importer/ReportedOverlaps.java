package org.w3id.treatygraph.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.TG;

/**
 * Where a depositary record confirms or corrects a treaty action another source already describes (a signature
 * only news reported, or an earlier reading of the depositary), the record decides the action: its date, verified.
 * The other source's own account is kept in its graph, as that source's {@code tg:Claim} about the action (with
 * the date or bounds, confidence, evidence and note it gave, and {@code tg:corroboratedBy} or
 * {@code tg:contradictedBy} the record), and its date, bounds, confidence, evidence and note leave the action, so
 * that the action has one date and one confidence and the import never fails on the overlap.
 */
final class ReportedOverlaps {
    static final Node NOT_BEFORE = TG.term("notBefore");
    static final Node NOT_AFTER = TG.term("notAfter");
    static final Node CONFIDENCE = TG.term("confidence");
    static final Node EVIDENCE = TG.term("evidence");
    static final Node NOTE = TG.term("note");
    /** The statements of another source that the record's account replaces on the action. */
    static final List<Node> DECIDED = List.of(DCTerms.date.asNode(), NOT_BEFORE, NOT_AFTER, CONFIDENCE, EVIDENCE, NOTE);
    private static final Node CATALOG = TG.graph("catalog");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** An action the record describes that another graph describes differently. */
    record Overlap(Node action, Node graph, List<Triple> replaced, Triple claimAbout) {}

    private ReportedOverlaps() {}

    /**
     * Moves, in {@code curated}, the other sources' accounts of the record's actions into claims, and returns what it
     * moved. {@code record} is the record's own graph of actions.
     */
    static List<Overlap> resolve(DatasetGraph curated, Node recordGraph, DatasetGraph imported, Node recordSource) {
        List<Overlap> overlaps = new ArrayList<>();
        Set<Node> actions = new LinkedHashSet<>();
        imported.find(recordGraph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> actions.add(q.getSubject()));
        for (Node action : actions) {
            LocalDate day = LocalDate.parse(imported.find(recordGraph, action, DCTerms.date.asNode(), Node.ANY).next()
                    .getObject().getLiteralLexicalForm());
            Map<Node, List<Triple>> byGraph = new LinkedHashMap<>();
            for (Node predicate : DECIDED) {
                curated.find(Node.ANY, action, predicate, Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(recordGraph)) {
                        byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple());
                    }
                });
            }
            byGraph.forEach((graph, triples) -> {
                if (agrees(triples, day)) {
                    return;
                }
                overlaps.add(moveToClaim(curated, graph, action, triples, day, recordSource));
            });
        }
        return overlaps;
    }

    /** True when another graph already says what the record says: the same day, verified. */
    private static boolean agrees(List<Triple> triples, LocalDate day) {
        Optional<Node> date = value(triples, DCTerms.date.asNode());
        Optional<Node> confidence = value(triples, CONFIDENCE);
        boolean sameDay = date.isPresent() && date.get().getLiteralLexicalForm().equals(day.toString())
                && value(triples, NOT_BEFORE).isEmpty();
        return sameDay && confidence.map(TG.term("Verified")::equals).orElse(true);
    }

    private static Overlap moveToClaim(DatasetGraph curated, Node graph, Node action, List<Triple> triples, LocalDate day,
                                       Node recordSource) {
        String local = action.getURI().substring(TG.ID.length() + "action/".length()).replace('/', '-');
        String graphSlug = graph.getURI().startsWith(TG.GRAPH) ? graph.getURI().substring(TG.GRAPH.length()) : "graph";
        Node claim = TG.id("claim/" + graphSlug + "/" + local);
        Node source = first(curated, CATALOG, graph, DERIVED_FROM).orElse(TG.id("source/treatygraph-reference-notes"));
        Node claimant = first(curated, Node.ANY, source, DCTerms.publisher.asNode())
                .orElse(TG.id("organization/treatygraph"));
        for (Triple triple : triples) {
            curated.delete(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
        }
        String said = value(triples, DCTerms.date.asNode()).map(Node::getLiteralLexicalForm)
                .orElseGet(() -> "between " + value(triples, NOT_BEFORE).map(Node::getLiteralLexicalForm).orElse("?")
                        + " and " + value(triples, NOT_AFTER).map(Node::getLiteralLexicalForm).orElse("?"));
        boolean consistent = consistent(triples, day);
        curated.add(graph, claim, RDF.type.asNode(), TG.term("Claim"));
        curated.add(graph, claim, TG.term("about"), action);
        curated.add(graph, claim, TG.term("claimant"), claimant);
        curated.add(graph, claim, DCTerms.source.asNode(), source);
        curated.add(graph, claim, TG.term("claimText"), NodeFactory.createLiteralLang("This source dated the action "
                + said + "; the depositary's record dates it " + day + ".", "en"));
        curated.add(graph, claim, TG.term(consistent ? "corroboratedBy" : "contradictedBy"), recordSource);
        for (Triple triple : triples) {
            if (!triple.getPredicate().equals(DCTerms.date.asNode())) {
                curated.add(graph, claim, triple.getPredicate(), triple.getObject());
            }
        }
        return new Overlap(action, graph, triples, Triple.create(claim, TG.term("about"), action));
    }

    /** True when the other source's day or bounds include the record's day. */
    private static boolean consistent(List<Triple> triples, LocalDate day) {
        Optional<LocalDate> exact = value(triples, DCTerms.date.asNode()).map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        if (exact.isPresent()) {
            return exact.get().equals(day);
        }
        Optional<LocalDate> from = value(triples, NOT_BEFORE).map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        Optional<LocalDate> to = value(triples, NOT_AFTER).map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    private static Optional<Node> value(List<Triple> triples, Node predicate) {
        return triples.stream().filter(t -> t.getPredicate().equals(predicate)).map(Triple::getObject).findFirst();
    }

    private static Optional<Node> first(DatasetGraph dataset, Node graph, Node subject, Node predicate) {
        var found = dataset.find(graph, subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }
}
