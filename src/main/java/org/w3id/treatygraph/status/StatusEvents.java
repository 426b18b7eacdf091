package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.TG;

/**
 * Reads the treaty actions of one treaty from a dataset (all asserted named graphs, not the derived ones) as
 * {@link StatusEvent}s. An action the depositary's record evidences ({@code tg:confidence tg:Verified}) takes its
 * date from the graph that says so, should another graph give it another date. Call inside a transaction.
 */
public final class StatusEvents {
    static final Node PARTY = TG.term("party");
    static final Node TREATY = TG.term("treaty");
    static final Node CONFIDENCE = TG.term("confidence");
    static final Node VERIFIED = TG.term("Verified");
    static final Node NOT_BEFORE = TG.term("notBefore");
    static final Node NOT_AFTER = TG.term("notAfter");
    static final Node PROVISION = TG.term("concernsProvision");
    static final Node ORGANIZATION = TG.term("RegionalEconomicIntegrationOrganization");

    private StatusEvents() {}

    /** True for graphs the loader derives (entailments, status), which hold no events of their own. */
    public static boolean derived(Node graph) {
        return graph.equals(TG.INFERRED_GRAPH) || graph.equals(StatusGraph.GRAPH);
    }

    /**
     * True when {@code triple}, added or removed, may change the events of {@code treaty}: it names the treaty
     * of an action, says something about one of its actions or about the treaty, or types a party (which may
     * make it a regional economic integration organization). Call after the change, inside its transaction.
     */
    public static boolean readsFrom(DatasetGraph dataset, Node treaty, Triple triple) {
        Node subject = triple.getSubject();
        return triple.getPredicate().equals(TREATY) || subject.equals(treaty)
                || Iter.anyMatch(dataset.find(Node.ANY, subject, TREATY, treaty), q -> !derived(q.getGraph()))
                || triple.getPredicate().equals(RDF.type.asNode()) && dataset.contains(Node.ANY, Node.ANY, PARTY, subject);
    }

    public static List<StatusEvent> of(DatasetGraph dataset, Node treaty) {
        Set<Node> actions = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, TREATY, treaty).forEachRemaining(q -> {
            if (!derived(q.getGraph())) {
                actions.add(q.getSubject());
            }
        });
        List<StatusEvent> events = new ArrayList<>();
        for (Node action : actions) {
            read(dataset, action).ifPresent(events::add);
        }
        events.sort(Comparator.comparing(StatusEvent::iri));
        return events;
    }

    private static Optional<StatusEvent> read(DatasetGraph dataset, Node action) {
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        dataset.find(Node.ANY, action, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!derived(q.getGraph())) {
                byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
            }
        });
        List<Quad> all = byGraph.values().stream().flatMap(List::stream).toList();
        Optional<EventKind> kind = all.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode()))
                .map(q -> EventKind.ofType(q.getObject())).flatMap(Optional::stream).findFirst();
        Optional<Node> party = object(all, PARTY);
        if (kind.isEmpty() || party.isEmpty()) {
            return Optional.empty();
        }
        // The graph in which the action is verified decides its date; otherwise whatever graph states one.
        List<Quad> deciding = byGraph.values().stream()
                .filter(quads -> object(quads, CONFIDENCE).filter(VERIFIED::equals).isPresent())
                .findFirst().orElse(all);
        boolean evidenced = object(all, CONFIDENCE).filter(VERIFIED::equals).isPresent();
        EventDate date = new EventDate(date(deciding, DCTerms.date.asNode()), date(deciding, NOT_BEFORE),
                date(deciding, NOT_AFTER));
        if (date.day() == null && date.notBefore() == null && date.notAfter() == null) {
            return Optional.empty();
        }
        boolean organization = dataset.contains(Node.ANY, party.get(), RDF.type.asNode(), ORGANIZATION);
        String provision = object(all, PROVISION).map(Node::getURI).orElse(null);
        return Optional.of(new StatusEvent(action.getURI(), party.get().getURI(), organization, kind.get(), date,
                evidenced, provision));
    }

    private static Optional<Node> object(List<Quad> quads, Node predicate) {
        return quads.stream().filter(q -> q.getPredicate().equals(predicate)).map(Quad::getObject).findFirst();
    }

    private static LocalDate date(List<Quad> quads, Node predicate) {
        return quads.stream().filter(q -> q.getPredicate().equals(predicate) && q.getObject().isLiteral())
                .map(q -> LocalDate.parse(q.getObject().getLiteralLexicalForm())).min(Comparator.naturalOrder())
                .orElse(null);
    }
}
