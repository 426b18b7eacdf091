package org.w3id.treatygraph.store;

import java.util.ArrayList;
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
 * One load of the curated files, inside the store's write transaction, in memory that does not grow with the
 * data: the files stream into the store (their entailments derived as they pass, {@link StreamingEntailments}),
 * the shapes validate the stored statements where they lie, one focus node at a time
 * ({@link DatasetValidator#validateInPlace}), then the entailments are completed and the status derived. A
 * failure throws, which aborts the transaction: nothing is stored unless everything conforms.
 */
final class FileLoad {
    private static final long REPORT_EVERY = 1_000_000;

    private final ProjectFiles files;
    private final DatasetGraph rules;
    private final DatasetGraph written;
    private final DatasetValidator validator;
    private final LoadProgress progress;
    long stored;
    long inferred;
    long status;
    long parseMillis;
    long validationMillis;
    long inferenceMillis;

    /** @param rules the ontology and the shapes; @param written a copy of the graphs written through the API */
    FileLoad(ProjectFiles files, DatasetGraph rules, DatasetGraph written, LoadProgress progress) {
        this.files = files;
        this.rules = rules;
        this.written = written;
        this.validator = DatasetValidator.fromShapesGraphOf(rules);
        this.progress = progress;
    }

    /** Loads into {@code target} (without the previous file and derived graphs); answers the graphs loaded. */
    Set<Node> run(DatasetGraph target) {
        long phase = System.nanoTime();
        StreamingEntailments entailments = new StreamingEntailments(rules.getGraph(TG.ONTOLOGY_GRAPH));
        Graph inferredGraph = target.getGraph(TG.INFERRED_GRAPH);
        Consumer<Triple> infer = inferredGraph::add;
        Set<Node> incoming = new LinkedHashSet<>();
        Consumer<Quad> store = quad -> {
            // A graph of the files replaces a written graph of the same name.
            if (incoming.add(quad.getGraph())) {
                target.deleteAny(quad.getGraph(), Node.ANY, Node.ANY, Node.ANY);
            }
            target.add(quad);
            if (++stored % REPORT_EVERY == 0) {
                progress.report(String.format("  stored %,d quads", stored));
            }
        };
        rules.find().forEachRemaining(store);
        ProjectDatasetReader.streamData(files, quad -> {
            store.accept(quad);
            entailments.accept(quad.asTriple(), infer);
        });
        written.find().forEachRemaining(quad -> {
            if (!incoming.contains(quad.getGraph())) {
                entailments.accept(quad.asTriple(), infer);
            }
        });
        parseMillis = DataLoader.elapsed(phase);
        progress.report(String.format("Parsed and stored %,d quads in %d ms; validating with SHACL...", stored, parseMillis));

        phase = System.nanoTime();
        List<Node> graphs = Iter.toList(Iter.filter(target.listGraphNodes(), g -> !Entailments.isDerived(g)));
        ValidationOutcome outcome = validator.validateInPlace(Entailments.asserted(target), graphs);
        validationMillis = DataLoader.elapsed(phase);
        if (!outcome.conforms()) {
            throw refusal(target, incoming, outcome);
        }
        progress.report("Valid (" + validationMillis + " ms); completing the entailments...");

        phase = System.nanoTime();
        if (entailments.finish(infer)) {
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
        return incoming;
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
    private InvalidDataException refusal(DatasetGraph target, Set<Node> incoming, ValidationOutcome outcome) {
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
