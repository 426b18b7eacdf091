package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.vocab.TG;

/**
 * The derived status graph ({@code graph/status}): the status of the UN Convention against Cybercrime as of its
 * latest treaty action, computed by {@link StatusEngine} from the asserted actions. The treaty gets
 * {@code tg:instrumentsCounted}, {@code tg:signatoriesCounted}, {@code tg:inForce}, {@code tg:statusAsOf} and, once
 * fixed, {@code tg:entryIntoForceDate}; a {@code tg:TreatyStatus} ({@code id/status/{treaty}}) and one
 * {@code tg:PartyStatus} per party ({@code id/status/{treaty}/party/{key}}) carry the same facts with the rule
 * ({@code tg:rule}), the reasoning ({@code tg:explanation}) and the instruments ({@code prov:wasDerivedFrom}).
 */
public final class StatusGraph {
    /** The named graph of the derived status. */
    public static final Node GRAPH = TG.STATUS_GRAPH;
    /** The treaty whose final clauses {@link FinalClauses#UN_CYBERCRIME_CONVENTION} encodes. */
    public static final String TREATY_SLUG = "un-cybercrime-convention";
    public static final Node TREATY = TG.id("treaty/" + TREATY_SLUG);
    /** Changes when the status rules or the graph's shape change, so that a store computed before is reloaded. */
    public static final String RULES_VERSION = "1";
    static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private StatusGraph() {}

    /** The status graph of {@code dataset}'s actions (empty when the treaty is not in it). Call in a transaction. */
    public static Graph of(DatasetGraph dataset) {
        Graph graph = GraphFactory.createGraphMem();
        if (!dataset.contains(Node.ANY, TREATY, RDF.type.asNode(), TG.term("Treaty"))) {
            return graph;
        }
        List<StatusEvent> events = StatusEvents.of(dataset, TREATY);
        LocalDate asOf = events.stream().map(e -> e.date().exact() ? e.date().day() : e.date().latest())
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        if (asOf == null) {
            return graph;
        }
        StatusReport report = StatusEngine.unCybercrimeConvention().at(events, asOf);
        describe(graph, report);
        return graph;
    }

    /**
     * {@link #refresh} after a change of {@code changed} statements, unless none of them is one the status is
     * derived from. Returns the subjects of the statements of the status graph that changed.
     */
    public static Set<Node> refresh(DatasetGraph dataset, Collection<Triple> changed) {
        return changed.stream().anyMatch(t -> StatusEvents.readsFrom(dataset, TREATY, t)) ? refresh(dataset) : new HashSet<>();
    }

    /**
     * Replaces the status graph of {@code dataset} with the one its actions give now, changing only what
     * differs; inside a write transaction. Returns the subjects of the statements that changed.
     */
    public static Set<Node> refresh(DatasetGraph dataset) {
        Graph status = of(dataset);
        Graph stored = dataset.getGraph(GRAPH);
        Set<Node> changed = new HashSet<>();
        stored.find().filterDrop(status::contains).toList().forEach(t -> {
            stored.delete(t);
            changed.add(t.getSubject());
        });
        status.find().filterDrop(stored::contains).toList().forEach(t -> {
            stored.add(t);
            changed.add(t.getSubject());
        });
        return changed;
    }

    private static void describe(Graph graph, StatusReport report) {
        Node asOf = date(report.date());
        Node status = TG.id("status/" + TREATY_SLUG);
        for (Node subject : List.of(TREATY, status)) {
            graph.add(subject, TG.term("statusAsOf"), asOf);
            graph.add(subject, TG.term("instrumentsCounted"), integer(report.instruments()));
            graph.add(subject, TG.term("signatoriesCounted"), integer(report.signatories()));
            graph.add(subject, TG.term("inForce"), NodeFactory.createLiteralDT(Boolean.toString(report.inForce()),
                    XSDDatatype.XSDboolean));
            if (report.entryIntoForce() != null) {
                graph.add(subject, TG.term("entryIntoForceDate"), date(report.entryIntoForce()));
            }
        }
        graph.add(status, RDF.type.asNode(), TG.term("TreatyStatus"));
        graph.add(status, RDFS.label.asNode(), english("Status of the UN Convention against Cybercrime as of " + report.date()));
        graph.add(status, TG.term("ofTreaty"), TREATY);
        for (Trace trace : report.trace()) {
            if (trace.fact().equals("instruments") || trace.fact().equals("entryIntoForce") || trace.fact().equals("inForce")) {
                graph.add(status, TG.term("rule"), NodeFactory.createLiteralString(trace.rule()));
                graph.add(status, TG.term("explanation"), english(trace.explanation()));
                trace.instruments().forEach(iri -> graph.add(status, DERIVED_FROM, NodeFactory.createURI(iri)));
            }
        }
        for (PartyStatus party : report.parties()) {
            Node node = TG.id("status/" + TREATY_SLUG + "/party/" + party.party().substring(party.party().lastIndexOf('/') + 1));
            graph.add(node, RDF.type.asNode(), TG.term("PartyStatus"));
            graph.add(node, RDFS.label.asNode(), english("Status of the UN Convention against Cybercrime for "
                    + party.party().substring(party.party().lastIndexOf('/') + 1)));
            graph.add(node, TG.term("ofTreaty"), TREATY);
            graph.add(node, TG.term("ofParty"), NodeFactory.createURI(party.party()));
            graph.add(node, TG.term("instrument"), NodeFactory.createURI(party.instrument()));
            graph.add(node, TG.term("instrumentKind"), party.kind().kindConcept());
            graph.add(node, TG.term("depositDate"), date(party.depositDate()));
            if (party.inForceFrom() != null) {
                graph.add(node, TG.term("inForceFrom"), date(party.inForceFrom()));
            }
            if (party.inForceUntil() != null) {
                graph.add(node, TG.term("inForceUntil"), date(party.inForceUntil()));
            }
            graph.add(node, TG.term("rule"), NodeFactory.createLiteralString(party.trace().rule()));
            graph.add(node, TG.term("explanation"), english(party.trace().explanation()));
            party.trace().instruments().forEach(iri -> graph.add(node, DERIVED_FROM, NodeFactory.createURI(iri)));
        }
    }

    private static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}
