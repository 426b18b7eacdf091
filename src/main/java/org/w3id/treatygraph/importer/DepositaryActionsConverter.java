package org.w3id.treatygraph.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Turns the participants of a UN depositary status record into TreatyAction data: one {@code tg:Signature}
 * per signature date and one {@code tg:Ratification}, {@code tg:Acceptance}, {@code tg:Approval} or
 * {@code tg:Accession} per consent to be bound, in the record's own named graph, together with the catalog
 * description of that graph and of the record as a source.
 */
final class DepositaryActionsConverter {
    private static final Node CATALOG = TG.graph("catalog");

    /** A resolved row: the entry and the party it names. */
    record ResolvedEntry(ParticipantEntry entry, Node party) {}

    private final StatusRecord record;
    private final String treatySlug;
    private final Node treaty;

    DepositaryActionsConverter(StatusRecord record, String treatySlug) {
        this.record = record;
        this.treatySlug = treatySlug;
        this.treaty = TG.id("treaty/" + treatySlug);
    }

    DatasetGraph convert(List<ResolvedEntry> entries) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Graph actions = dataset.getGraph(record.graph());
        for (ResolvedEntry resolved : entries) {
            ParticipantEntry entry = resolved.entry();
            entry.signature().ifPresent(date -> addAction(actions, resolved, "Signature", date));
            entry.consent().ifPresent(consent -> addAction(actions, resolved, consent.kind().className(), consent.date()));
        }
        describe(dataset.getGraph(CATALOG));
        return dataset;
    }

    private void addAction(Graph graph, ResolvedEntry resolved, String className, LocalDate date) {
        ParticipantEntry entry = resolved.entry();
        String partyKey = resolved.party().getURI().substring(resolved.party().getURI().lastIndexOf('/') + 1);
        Node action = TG.id("action/" + treatySlug + "/" + className.toLowerCase(Locale.ROOT) + "/" + partyKey);
        graph.add(action, RDF.type.asNode(), TG.term(className));
        graph.add(action, RDFS.label.asNode(), english(className + " by " + entry.participant()));
        graph.add(action, TG.term("party"), resolved.party());
        graph.add(action, TG.term("treaty"), treaty);
        graph.add(action, DCTerms.date.asNode(), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        graph.add(action, TG.term("confidence"), TG.term("Verified"));
        graph.add(action, TG.term("evidence"), NodeFactory.createLiteralString("UN depositary status record "
                + record.fileName() + " (MTDSG " + record.mtdsgNumber() + ", status as at " + record.statusDate()
                + "), row " + entry.row() + ": " + entry.participant()));
        if (!entry.footnotes().isEmpty()) {
            graph.add(action, TG.term("note"), english("The depositary record attaches footnote(s) "
                    + String.join(", ", entry.footnotes()) + " to this participant; the footnotes are not imported."));
        }
    }

    private void describe(Graph catalog) {
        Node source = record.source();
        catalog.add(source, RDF.type.asNode(), TG.term("Source"));
        catalog.add(source, RDFS.label.asNode(), english("UN Treaty Collection, MTDSG " + record.mtdsgNumber()
                + ", status as at " + record.statusDate() + " (depositary record)"));
        catalog.add(source, DCTerms.title.asNode(), english("Multilateral Treaties Deposited with the Secretary-General, "
                + record.mtdsgNumber() + ": participants, status as at " + record.statusDate() + " (XML record "
                + record.fileName() + ")"));
        catalog.add(source, DCTerms.publisher.asNode(), TG.id("organization/united-nations"));
        catalog.add(source, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(record.statusDate().toString(), XSDDatatype.XSDdate));
        catalog.add(source, TG.term("authoritative"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        Node graph = record.graph();
        catalog.add(graph, RDF.type.asNode(), TG.term("DataGraph"));
        catalog.add(graph, DCTerms.title.asNode(), english("Treaty actions recorded by the UN depositary, MTDSG "
                + record.mtdsgNumber() + " (imported by treatygraph import-depositary)"));
        catalog.add(graph, Vocab.PROV_WAS_DERIVED_FROM, source);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}
