package org.w3id.treatygraph.importer;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.vocab.TG;

/**
 * What an import changes against the store's files before it: each action of the record that no graph held is a
 * new event, each one some graph held with another day, with bounds only or not verified is a corrected event; an
 * action the graph already held verified on the same day is no change. The changes are {@code tg:StatusChange}s
 * with the import's time, the record as source and the action, kept in the graph {@code graph/{record}-changes}
 * that grows with every import (the feeds and {@code /changes} read it).
 */
final class ImportChanges {
    private static final Node CATALOG = TG.graph("catalog");
    private static final Node PROV_AT_TIME = NodeFactory.createURI("http://www.w3.org/ns/prov#atTime");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** One change: the action, whether it is new, and what the graph said before (null for a new one). */
    record Change(Node action, boolean isNew, String previously) {}

    private ImportChanges() {}

    static Node graph(StatusRecord record) {
        return TG.graph(record.slug() + "-changes");
    }

    /** The changes the record's actions ({@code imported}) make to {@code before} (the files before the import). */
    static List<Change> between(DatasetGraph before, DatasetGraph imported, StatusRecord record) {
        Node recordGraph = record.graph();
        Set<Node> actions = new LinkedHashSet<>();
        imported.find(recordGraph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> actions.add(q.getSubject()));
        List<Change> changes = new ArrayList<>();
        for (Node action : actions) {
            String day = imported.find(recordGraph, action, DCTerms.date.asNode(), Node.ANY).next().getObject()
                    .getLiteralLexicalForm();
            Map<Node, Map<Node, String>> byGraph = new LinkedHashMap<>();
            for (Node predicate : List.of(DCTerms.date.asNode(), ReportedOverlaps.NOT_BEFORE, ReportedOverlaps.NOT_AFTER,
                    ReportedOverlaps.CONFIDENCE)) {
                before.find(Node.ANY, action, predicate, Node.ANY).forEachRemaining(q -> byGraph
                        .computeIfAbsent(q.getGraph(), g -> new LinkedHashMap<>())
                        .put(predicate, q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm()
                                : q.getObject().getLocalName()));
            }
            if (byGraph.isEmpty()) {
                changes.add(new Change(action, true, null));
                continue;
            }
            boolean confirmed = byGraph.values().stream().anyMatch(values -> day.equals(values.get(DCTerms.date.asNode()))
                    && "Verified".equals(values.get(ReportedOverlaps.CONFIDENCE)));
            if (!confirmed) {
                List<String> accounts = new ArrayList<>();
                byGraph.forEach((graph, values) -> accounts.add(describe(values) + " in <" + graph.getURI() + ">"));
                changes.add(new Change(action, false, String.join("; ", accounts)));
            }
        }
        return changes;
    }

    /**
     * Adds the changes to {@code log} (the existing changes graph, possibly empty), with the graph's catalog
     * description and a copy of the record's source description (the record's own file is replaced by the next
     * import; the changes keep pointing at a described source).
     */
    static void record(DatasetGraph log, List<Change> changes, StatusRecord record, DatasetGraph imported,
                       OffsetDateTime time) {
        Node graph = graph(record);
        Node source = record.source();
        String stamp = time.truncatedTo(ChronoUnit.MILLIS).toString();
        int number = 0;
        for (Change change : changes) {
            number++;
            Node node = TG.id("change/" + record.slug() + "/" + stamp.replaceAll("[^0-9]", "") + "-" + number);
            log.add(graph, node, RDF.type.asNode(), TG.term("StatusChange"));
            log.add(graph, node, RDFS.label.asNode(), NodeFactory.createLiteralLang((change.isNew() ? "New: " : "Corrected: ")
                    + change.action().getURI().substring(TG.ID.length()) + " (" + record.mtdsgNumber() + ", status as at "
                    + record.statusDate() + ")", "en"));
            log.add(graph, node, TG.term("changeKind"), TG.term(change.isNew() ? "NewEvent" : "CorrectedEvent"));
            log.add(graph, node, TG.term("changedEvent"), change.action());
            log.add(graph, node, PROV_AT_TIME, NodeFactory.createLiteralDT(stamp, XSDDatatype.XSDdateTime));
            log.add(graph, node, DCTerms.source.asNode(), source);
            if (change.previously() != null) {
                log.add(graph, node, TG.term("previously"), NodeFactory.createLiteralString(change.previously()));
            }
        }
        if (changes.isEmpty() && !log.containsGraph(graph)) {
            return;
        }
        log.add(CATALOG, graph, RDF.type.asNode(), TG.term("DataGraph"));
        log.add(CATALOG, graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Changes recorded by the imports of"
                + " the UN depositary record MTDSG " + record.mtdsgNumber() + " (new and corrected treaty actions)", "en"));
        log.add(CATALOG, graph, DERIVED_FROM, source);
        imported.find(CATALOG, source, Node.ANY, Node.ANY).forEachRemaining(q -> log.add(q));
    }

    private static String describe(Map<Node, String> values) {
        StringBuilder text = new StringBuilder();
        if (values.containsKey(DCTerms.date.asNode())) {
            text.append(values.get(DCTerms.date.asNode()));
        } else {
            text.append("between ").append(values.getOrDefault(ReportedOverlaps.NOT_BEFORE, "?")).append(" and ")
                    .append(values.getOrDefault(ReportedOverlaps.NOT_AFTER, "?"));
        }
        if (values.containsKey(ReportedOverlaps.CONFIDENCE)) {
            text.append(", ").append(values.get(ReportedOverlaps.CONFIDENCE).toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }
}
