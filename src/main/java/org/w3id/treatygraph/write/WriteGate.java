package org.w3id.treatygraph.write;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.reasoning.Entailments;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * The only way data changes on a running server. A change runs in one write transaction; before commit,
 * the nodes it can affect are validated against the shapes over the store as the change leaves it, and a
 * non-conforming change is aborted whole. A committed change is recorded in the write log graph with its
 * operation, time, credential and graphs, and the entailments in graph/inferred and the status in graph/status are recomputed with it.
 */
public final class WriteGate {
    /** The named graph that records every accepted write. */
    public static final Node WRITE_LOG = TG.graph("write-log");
    private static final Node PROV_ENDED = NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime");

    /** What a committed write did. */
    public record Result(Node write, long added, long removed, Set<Node> graphs, int validatedNodes,
                         long validationMillis) {}

    private final DatasetGraph dataset;
    private final DatasetValidator validator;
    private final StoreVersion version;

    public WriteGate(DatasetGraph dataset, DatasetValidator validator, StoreVersion version) {
        this.dataset = dataset;
        this.validator = validator;
        this.version = version;
    }

    /**
     * Applies {@code change} to the store, validated and atomically.
     *
     * @throws WriteRejectedException when the store would not conform; nothing is committed
     */
    public Result apply(String operation, String credential, Consumer<DatasetGraph> change) {
        ChangeCollector changes = new ChangeCollector();
        Result result = Txn.calculateWrite(dataset, () -> {
            change.accept(new DatasetGraphChanges(dataset, changes));
            if (changes.graphs().isEmpty()) {
                return new Result(null, 0, 0, Set.of(), 0, 0);
            }
            Node write = record(operation, credential, changes);
            Set<Node> focus = changes.focusNodes(dataset);
            focus.add(write);
            StatusGraph.refresh(dataset);
            refreshEntailments();
            long start = System.nanoTime();
            ValidationOutcome outcome = validator.validate(dataset, focus);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!outcome.conforms()) {
                throw new WriteRejectedException(outcome);
            }
            return new Result(write, changes.addedCount(), changes.deletedCount(), changes.graphs(), focus.size(), millis);
        });
        if (result.write() != null) {
            version.bump();
        }
        return result;
    }

    /** Recomputes graph/inferred from the asserted graphs as the write leaves them. */
    private void refreshEntailments() {
        Graph inferred = Entailments.of(dataset);
        dataset.deleteAny(TG.INFERRED_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        inferred.find().forEachRemaining(t -> dataset.add(TG.INFERRED_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private Node record(String operation, String credential, ChangeCollector changes) {
        Node write = TG.id("write/" + UUID.randomUUID());
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
        dataset.add(WRITE_LOG, write, RDF.type.asNode(), TG.term("Write"));
        dataset.add(WRITE_LOG, write, TG.term("operation"), NodeFactory.createLiteralString(operation));
        dataset.add(WRITE_LOG, write, TG.term("credentialName"), NodeFactory.createLiteralString(credential));
        dataset.add(WRITE_LOG, write, PROV_ENDED, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime));
        dataset.add(WRITE_LOG, write, TG.term("addedStatements"), integer(changes.addedCount()));
        dataset.add(WRITE_LOG, write, TG.term("removedStatements"), integer(changes.deletedCount()));
        changes.graphs().forEach(graph -> dataset.add(WRITE_LOG, write, TG.term("changedGraph"), graph));
        return write;
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
