package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.TG;

/**
 * The status API over a store: the status of the UN Convention against Cybercrime on any date, what happened
 * between two dates, and the changes depositary imports recorded. Reads the store in a read transaction (or in the
 * caller's). The HTTP layer serves {@link #at(LocalDate)} as {@code GET /status?at=}, {@link #diff} as
 * {@code /status/diff}, {@link #changesSince} as {@code /changes} and the Atom feeds; {@link StatusJson} renders them.
 */
public final class StatusService {
    private static final Node PROV_AT_TIME = NodeFactory.createURI("http://www.w3.org/ns/prov#atTime");

    private final DatasetGraph dataset;
    private final Node treaty;
    private final StatusEngine engine;

    public StatusService(DatasetGraph dataset) {
        this(dataset, StatusGraph.TREATY, StatusEngine.unCybercrimeConvention());
    }

    public StatusService(DatasetGraph dataset, Node treaty, StatusEngine engine) {
        this.dataset = dataset;
        this.treaty = treaty;
        this.engine = engine;
    }

    /** The treaty actions as the rules see them. */
    public List<StatusEvent> events() {
        return read(() -> StatusEvents.of(dataset, treaty));
    }

    /** The status on {@code date}. */
    public StatusReport at(LocalDate date) {
        return engine.at(events(), date);
    }

    /** The status today (UTC). */
    public StatusReport today() {
        return at(LocalDate.now(ZoneOffset.UTC));
    }

    /** What changed between two dates: the actions dated after {@code from} and on or before {@code to}. */
    public StatusDiff diff(LocalDate from, LocalDate to) {
        return engine.diff(events(), from, to);
    }

    /** The change events recorded by depositary imports at or after {@code since}, oldest first. */
    public List<StatusChange> changesSince(OffsetDateTime since) {
        return read(() -> {
            List<StatusChange> changes = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), TG.term("StatusChange")).forEachRemaining(q -> {
                Node change = q.getSubject();
                Optional<OffsetDateTime> time = object(change, PROV_AT_TIME)
                        .map(n -> OffsetDateTime.parse(n.getLiteralLexicalForm()));
                Optional<Node> event = object(change, TG.term("changedEvent"));
                if (time.isEmpty() || event.isEmpty() || time.get().isBefore(since)) {
                    return;
                }
                changes.add(new StatusChange(change.getURI(), time.get(),
                        object(change, TG.term("changeKind")).map(k -> k.equals(TG.term("CorrectedEvent"))
                                ? "corrected" : "new").orElse("new"),
                        event.get().getURI(),
                        object(change, DCTerms.source.asNode()).map(Node::getURI).orElse(null),
                        object(event.get(), TG.term("party")).map(Node::getURI).orElse(null),
                        object(event.get(), TG.term("depositaryNotification")).map(Node::getLiteralLexicalForm).orElse(null),
                        object(change, TG.term("previously")).map(Node::getLiteralLexicalForm).orElse(null)));
            });
            changes.sort(Comparator.comparing(StatusChange::time).thenComparing(StatusChange::iri));
            return List.copyOf(changes);
        });
    }

    /** The change events recorded on or after {@code since} (from its start, UTC): {@code GET /changes?since=DATE}. */
    public List<StatusChange> changesSince(LocalDate since) {
        return changesSince(since.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** The changes that concern one party (for a per-State feed). */
    public List<StatusChange> changesOf(String partyIri, OffsetDateTime since) {
        return changesSince(since).stream().filter(c -> partyIri.equals(c.party())).toList();
    }

    private Optional<Node> object(Node subject, Node predicate) {
        var found = dataset.find(Node.ANY, subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    private <T> T read(Supplier<T> action) {
        return dataset.isInTransaction() ? action.get() : Txn.calculateRead(dataset, action::get);
    }
}
