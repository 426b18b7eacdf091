package org.w3id.treatygraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.w3id.treatygraph.reasoning.Entailments;
import org.w3id.treatygraph.reasoning.StreamingEntailments;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * One load of the curated files, in memory that does not grow with the data, in two steps over a store that the
 * caller holds in a write transaction or fills with TDB2's bulk loader ({@link BulkLoad}): {@link #stream} hands
 * the files' statements on as they are parsed, their entailments derived as they pass
 * ({@link StreamingEntailments}); {@link #complete} then validates the stored statements where they lie, one
 * focus node at a time ({@link DatasetValidator#validateInPlace}), completes the entailments and derives the
 * status. A failure throws: the caller stores nothing unless everything conforms.
 */
final class FileLoad {
    private static final long REPORT_EVERY = 1_000_000;

    private final ProjectFiles files;
    private final DatasetGraph rules;
    private final DatasetGraph written;
    private final DatasetValidator validator;
    private final LoadProgress progress;
    private final StreamingEntailments entailments;
    private final Set<Node> incoming = new LinkedHashSet<>();
    long stored;
    long inferred;
    long status;
    long parseMillis;
    long validationMillis;
    long inferenceMillis;
    /** When {@link #complete} returned (System.nanoTime): what follows is the commit. */
    long completedAt;

    /** @param rules the ontology and the shapes; @param written a copy of the graphs written through the API */
    FileLoad(ProjectFiles files, DatasetGraph rules, DatasetGraph written, LoadProgress progress) {
        this.files = files;
        this.rules = rules;
        this.written = written;
        this.validator = DatasetValidator.fromShapesGraphOf(rules);
        this.progress = progress;
        this.entailments = new StreamingEntailments(rules.getGraph(TG.ONTOLOGY_GRAPH));
    }

    /**
     * The transactional path: loads into {@code target} inside its write transaction ({@code target} without the
     * previous file and derived graphs, with the written ones); answers the graphs loaded.
     */
    Set<Node> run(DatasetGraph target) {
        Set<Node> seen = new HashSet<>();
        stream(quad -> {
            // A graph of the files replaces a written graph of the same name.
            if (seen.add(quad.getGraph())) {
                target.deleteAny(quad.getGraph(), Node.ANY, Node.ANY, Node.ANY);
            }
            target.add(quad);
        }, target.getGraph(TG.INFERRED_GRAPH)::add, () -> { });
        complete(target);
        return incoming;
    }

    /**
     * Hands the ontology, the shapes and every quad of the data files to {@code store} as they are parsed, and
     * what they and the written graphs entail (so far: see {@link #complete}) to {@code infer}; then runs
     * {@code flush}, which finishes storing what was handed on (the bulk loader builds its indexes).
     */
    void stream(Consumer<Quad> store, Consumer<Triple> infer, Runnable flush) {
        long phase = System.nanoTime();
        Consumer<Quad> counted = quad -> {
            incoming.add(quad.getGraph());
            store.accept(quad);
            if (++stored % REPORT_EVERY == 0) {
                progress.report(String.format("  stored %,d quads", stored));
            }
        };
        rules.find().forEachRemaining(counted);
        ProjectDatasetReader.streamData(files, quad -> {
            counted.accept(quad);
            entailments.accept(quad.asTriple(), infer);
        });
        written.find().forEachRemaining(quad -> {
            if (!incoming.contains(quad.getGraph())) {
                entailments.accept(quad.asTriple(), infer);
            }
        });
        flush.run();
        parseMillis = DataLoader.elapsed(phase);
        progress.report(String.format("Parsed and stored %,d quads in %d ms; validating with SHACL...", stored, parseMillis));
    }

    /** The graphs the files brought (after {@link #stream}). */
    Set<Node> incoming() {
        return incoming;
    }

    /** The written graphs that no file replaces: what a new store must be given besides the files. */
    Iterator<Quad> writtenKept() {
        return Iter.filter(written.find(), quad -> !incoming.contains(quad.getGraph()));
    }

    /**
     * After {@link #stream}, over {@code target} holding what was streamed and the written graphs kept, in its
     * write transaction: validates, completes the entailments and derives the status.
     *
     * @throws InvalidDataException when the data do not conform
     */
    void complete(DatasetGraph target) {
        long phase = System.nanoTime();
        Graph inferredGraph = target.getGraph(TG.INFERRED_GRAPH);
        List<Node> graphs = Iter.toList(Iter.filter(target.listGraphNodes(), g -> !Entailments.isDerived(g)));
        ValidationOutcome outcome = validator.validateInPlace(Entailments.asserted(target), graphs);
        validationMillis = DataLoader.elapsed(phase);
        if (!outcome.conforms()) {
            throw refusal(target, outcome);
        }
        progress.report("Valid (" + validationMillis + " ms); completing the entailments...");

        phase = System.nanoTime();
        if (entailments.finish(inferredGraph::add)) {
            dropAsserted(target, inferredGraph);
        } else {
            Entailments.refresh(target);
        }
        inferred = inferredGraph.size();
        Graph statusGraph = StatusGraph.of(target);
        statusGraph.find().forEachRemaining(t -> target.add(TG.STATUS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        status = statusGraph.size();
        inferenceMillis = DataLoader.elapsed(phase);
        progress.report(String.format("Inferred %,d triples (%d ms); committing...", inferred, inferenceMillis));
        completedAt = System.nanoTime();
    }

    /** What a premise asserts is no entailment (a later file may have asserted what an earlier one entailed). */
    private static void dropAsserted(DatasetGraph target, Graph inferredGraph) {
        Graph premises = Entailments.premises(target);
        List<Triple> asserted = new ArrayList<>();
        inferredGraph.find().forEachRemaining(t -> {
            if (premises.contains(t)) {
                asserted.add(t);
            }
        });
        asserted.forEach(inferredGraph::delete);
    }

    /** The refusal; it names the written graphs when the files alone conform at the nodes in violation. */
    private InvalidDataException refusal(DatasetGraph target, ValidationOutcome outcome) {
        if (written.isEmpty()) {
            return new InvalidDataException(outcome);
        }
        Set<Node> nodes = new LinkedHashSet<>();
        outcome.report().getEntries().forEach(entry -> nodes.add(entry.focusNode()));
        boolean filesConform = validator.validate(new GraphUnionRead(target, incoming), incoming, nodes).conforms();
        return filesConform ? new InvalidDataException(outcome, DataLoader.conflicting(written, outcome))
                : new InvalidDataException(outcome);
    }
}
