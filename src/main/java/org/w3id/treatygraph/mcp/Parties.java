package org.w3id.treatygraph.mcp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.TreatyActions;
import org.w3id.treatygraph.status.FinalClauses;
import org.w3id.treatygraph.status.PartyStatus;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.Trace;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/** States and organizations by ISO 3166 alpha-3 code or name, and their status entries for the status tools. */
final class Parties {
    private static final Node ISO = TG.term("isoAlpha3");
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), NodeFactory.createURI(
            Vocab.SKOS + "prefLabel"), TG.term("depositaryName"), TG.term("officialName"));
    private static final List<Node> KINDS = List.of(TG.term("State"), TG.term("RegionalEconomicIntegrationOrganization"));

    private final DatasetGraph dataset;

    Parties(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The State or organization {@code given}: an ISO 3166 alpha-3 code ("AUS") or a name ("Australia").
     *
     * @throws ToolError when none is known by that code or name
     */
    Node find(String given) {
        return Txn.calculateRead(dataset, () -> {
            Optional<Node> byCode = given.matches("[A-Za-z]{3}")
                    ? dataset.stream(Node.ANY, Node.ANY, ISO, Node.ANY)
                    .filter(q -> q.getObject().getLiteralLexicalForm().equals(given.toUpperCase(Locale.ROOT)))
                    .map(Quad::getSubject).findFirst() : Optional.empty();
            return byCode.or(() -> NAMES.stream().flatMap(p -> dataset.stream(Node.ANY, Node.ANY, p, Node.ANY))
                            .filter(q -> q.getObject().isLiteral()
                                    && q.getObject().getLiteralLexicalForm().equalsIgnoreCase(given))
                            .map(Quad::getSubject)
                            .filter(s -> KINDS.stream().anyMatch(k -> dataset.contains(Node.ANY, s, RDF.type.asNode(), k)))
                            .findFirst())
                    .orElseThrow(() -> new ToolError("No State or organization '" + given + "' is known. Give an ISO 3166"
                            + " alpha-3 code (e.g. AUS) or an English short name (e.g. Australia, European Union)."));
        });
    }

    /** The party as an item: IRI, label, ISO code. */
    Map<String, Object> describe(String partyIri, GraphFacts facts) {
        Node party = NodeFactory.createURI(partyIri);
        return Item.of("iri", facts.rewriter().toPublic(partyIri), "label", facts.label(party),
                "iso", facts.text(party, ISO).orElse(null));
    }

    /**
     * One party's status on the report's date: signatory or not, its counted instrument (with the rule that dates
     * it), and its actions as the graphs state them (confidence and named graph each).
     */
    Map<String, Object> status(String partyIri, StatusReport report, List<TreatyActions.Action> actions, GraphFacts facts) {
        IriRewriter rewriter = facts.rewriter();
        String shown = rewriter.toPublic(partyIri);
        Optional<PartyStatus> instrument = report.party(partyIri);
        boolean signatory = report.signatoryParties().contains(partyIri);
        List<Map<String, Object>> own = actions.stream().filter(a -> a.partyHref().equals(shown))
                .map(a -> Item.of("iri", a.actionHref(), "kind", a.kind(), "date", a.date(), "place", a.place(),
                        "confidence", a.confidence(), "graph", a.sourceHref())).toList();
        String status = instrument.map(p -> p.bound() ? "bound" : "instrument deposited, not yet bound")
                .orElse(signatory ? "signatory, no instrument of consent deposited" : "not a signatory");
        Trace trace = instrument.map(PartyStatus::trace).orElseGet(() -> new Trace("party " + partyIri,
                FinalClauses.SIGNATURE_RULE, List.of(), signatory
                ? "Signed by " + report.date() + ", but no instrument of ratification, acceptance, approval or accession"
                + " evidenced by the depositary is dated on or before it: a signatory is not a party (art 65(1) counts"
                + " deposited instruments only)."
                : "No signature and no deposited instrument dated on or before " + report.date() + "."));
        return Item.of("party", describe(partyIri, facts), "date", report.date().toString(), "status", status,
                "signatory", signatory, "bound", instrument.map(PartyStatus::bound).orElse(false),
                "instrument", instrument.map(p -> Item.of("iri", rewriter.toPublic(p.instrument()), "kind", p.kind().word(),
                        "depositDate", p.depositDate().toString(), "countedTowardEntryIntoForce", p.counted(),
                        "inForceFrom", p.inForceFrom() == null ? null : p.inForceFrom().toString(),
                        "inForceUntil", p.inForceUntil() == null ? null : p.inForceUntil().toString())).orElse(null),
                "actions", own, "trace", trace(trace, rewriter));
    }

    static Map<String, Object> trace(Trace trace, IriRewriter rewriter) {
        return Item.of("fact", trace.fact(), "rule", trace.rule(),
                "evidence", trace.instruments().stream().map(rewriter::toPublic).toList(), "why", trace.explanation());
    }
}
