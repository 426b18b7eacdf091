package org.w3id.treatygraph.write;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.reasoning.IncrementalEntailments;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The only way data changes on a running server. A change runs in one write transaction; before commit,
 * the nodes it can affect are validated against the shapes over the store as the change leaves it, and a
 * non-conforming change is aborted whole. A committed change is recorded in the write log graph with its
 * operation, time, credential and graphs, and the entailments in graph/inferred (incrementally, {@link IncrementalEntailments}) and the status in
 * graph/status are brought up to date with it.
 */
public final class WriteGate {
    /** The named graph that records every accepted write. */
    public static final Node WRITE_LOG = TG.graph("write-log");

    /** What a committed write did. */
    public record Result(Node write, long added, long removed, Set<Node> graphs, int validatedNodes,
                         long validationMillis) {}

    /**
     * Graphs the API never writes: the rules (ontology, shapes) come from the project's files, and what the
     * server derives (the entailments, the write log) is written by the server alone.
     */
    public static final Set<Node> PROTECTED_GRAPHS =
            Set.of(TG.ONTOLOGY_GRAPH, TG.SHAPES_GRAPH, TG.INFERRED_GRAPH, TG.STATUS_GRAPH, WRITE_LOG);

    private final DatasetGraph dataset;
    private final DatasetValidator validator;
    private final StoreVersion version;
    private final Supplier<Set<Node>> fileGraphs;
    private final IncrementalEntailments entailments = new IncrementalEntailments();

    /** @param fileGraphs the graphs loaded from data files (a reload would bring them back) */
    public WriteGate(DatasetGraph dataset, DatasetValidator validator, StoreVersion version,
                     Supplier<Set<Node>> fileGraphs) {
        this.dataset = dataset;
        this.validator = validator;
        this.version = version;
        this.fileGraphs = fileGraphs;
    }

    /**
     * Applies {@code change} to the store, validated and atomically.
     *
     * @throws WriteRejectedException when the store would not conform; nothing is committed
     * @throws HttpError 403 when the change touches a protected graph or deletes a graph that comes from a file
     */
    public Result apply(String operation, String credential, Consumer<DatasetGraph> change) {
        return version.committing(() -> applyNow(operation, credential, change));
    }

    private Result applyNow(String operation, String credential, Consumer<DatasetGraph> change) {
        ChangeCollector changes = new ChangeCollector();
        Set<Node> changedSubjects = new HashSet<>();
        Result result = version.alone(() -> Txn.calculateWrite(dataset, () -> {
            change.accept(new DatasetGraphChanges(dataset, changes));
            if (changes.graphs().isEmpty()) {
                return new Result(null, 0, 0, Set.of(), 0, 0);
            }
            refuseForbiddenChanges(changes);
            Node write = record(operation, credential, changes);
            Set<Node> focus = changes.focusNodes(dataset);
            focus.add(write);
            Set<Triple> changed = changes.triples();
            dataset.find(WRITE_LOG, write, Node.ANY, Node.ANY).forEachRemaining(q -> changed.add(q.asTriple()));
            // The shapes must see what a write entails, not only what it says.
            Set<Node> entailed = entailments.update(dataset, changed);
            focus.addAll(entailed);
            Set<Node> subjects = StatusGraph.refresh(dataset, changed);
            changed.forEach(t -> subjects.add(t.getSubject()));
            subjects.addAll(entailed);
            long start = System.nanoTime();
            ValidationOutcome outcome = validator.validate(dataset, focus);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!outcome.conforms()) {
                throw new WriteRejectedException(outcome);
            }
            changedSubjects.addAll(subjects);
            return new Result(write, changes.addedCount(), changes.deletedCount(), changes.graphs(), focus.size(), millis);
        }));
        if (result.write() != null) {
            version.bump(changedSubjects);
        }
        return result;
    }

    /** @throws HttpError 403 when {@code graph} is one of the {@link #PROTECTED_GRAPHS} */
    static void refuseProtected(Node graph) {
        if (PROTECTED_GRAPHS.contains(graph)) {
            throw HttpError.forbidden("The graph " + graph.getURI() + " cannot be written through the API: "
                    + (graph.equals(TG.ONTOLOGY_GRAPH) || graph.equals(TG.SHAPES_GRAPH)
                    ? "it holds the rules every write is checked against, and comes from the project's files."
                    : "the server derives it and alone writes it.") + " Nothing was changed.");
        }
    }

    private void refuseForbiddenChanges(ChangeCollector changes) {
        for (Node graph : changes.graphs()) {
            refuseProtected(graph);
            if (fileGraphs.get().contains(graph) && !dataset.containsGraph(graph)) {
                throw HttpError.forbidden("The graph " + graph.getURI() + " comes from a file in data/: deleting it"
                        + " here would be undone by the next reload. Remove or edit the file instead. Nothing was changed.");
            }
        }
    }

    private Node record(String operation, String credential, ChangeCollector changes) {
        Node write = TG.id("write/" + UUID.randomUUID());
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
        dataset.add(WRITE_LOG, write, RDF.type.asNode(), TG.term("Write"));
        dataset.add(WRITE_LOG, write, TG.term("operation"), NodeFactory.createLiteralString(operation));
        dataset.add(WRITE_LOG, write, TG.term("credentialName"), NodeFactory.createLiteralString(credential));
        dataset.add(WRITE_LOG, write, Vocab.PROV_ENDED_AT_TIME, NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime));
        dataset.add(WRITE_LOG, write, TG.term("addedStatements"), integer(changes.addedCount()));
        dataset.add(WRITE_LOG, write, TG.term("removedStatements"), integer(changes.deletedCount()));
        changes.graphs().forEach(graph -> dataset.add(WRITE_LOG, write, TG.term("changedGraph"), graph));
        return write;
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
