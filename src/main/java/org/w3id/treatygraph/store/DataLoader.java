package org.w3id.treatygraph.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.treatygraph.reasoning.EntailmentRules;
import org.w3id.treatygraph.reasoning.Entailments;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * Brings a store up to date with the curated files: parse, validate against the shapes, derive the
 * entailments into {@link TG#INFERRED_GRAPH} and the legal status into {@link TG#STATUS_GRAPH}, and load them all in one transaction — or leave the store
 * untouched when the files are unchanged or do not conform.
 */
public final class DataLoader {

    /**
     * What a load did: all quads stored (inferred ones included), the inferred part, and the time of each
     * phase (parsing, SHACL validation, inference, storing) and of the whole.
     */
    public record Result(boolean loaded, long quads, int graphs, long inferred, long parseMillis,
                         long validationMillis, long inferenceMillis, long storeMillis, long millis) {
        public String describe() {
            return loaded
                    ? String.format("Validated and loaded %d quads in %d named graphs, %d of them inferred in %d ms"
                            + " (%d ms in all).", quads, graphs, inferred, inferenceMillis, millis)
                    : "The store is up to date with the files; nothing to load.";
        }
    }

    private DataLoader() {}

    /** Parses and validates the files without touching any store. */
    public static ValidationOutcome validate(ProjectFiles files) {
        DatasetGraph source = ProjectDatasetReader.read(files);
        return DatasetValidator.fromShapesGraphOf(source).validate(source);
    }

    /**
     * Loads the files unless the store already holds them (or {@code force}).
     *
     * @throws InvalidDataException when the files do not conform; the store is unchanged
     * @throws DataFileException when a file cannot be parsed; the store is unchanged
     */
    public static Result ensureLoaded(TreatyStore store, ProjectFiles files, boolean force) {
        return ensureLoaded(store, files, force, LoadProgress.SILENT);
    }

    /** As {@link #ensureLoaded(TreatyStore, ProjectFiles, boolean)}, reporting each phase to {@code progress}. */
    public static Result ensureLoaded(TreatyStore store, ProjectFiles files, boolean force, LoadProgress progress) {
        long start = System.nanoTime();
        // The rules are part of what the store holds: changed rules recompute the inferred graph.
        String hash = files.contentHash() + "+rules-" + EntailmentRules.standard().fingerprint()
                + "+status-" + StatusGraph.RULES_VERSION;
        if (!force && store.holdsFiles(hash)) {
            return new Result(false, 0, 0, 0, 0, 0, 0, 0, elapsed(start));
        }
        progress.report("Parsing " + files.allFiles().size() + " files...");
        long phase = System.nanoTime();
        DatasetGraph source = ProjectDatasetReader.read(files);
        long parseMillis = elapsed(phase);
        progress.report(String.format("Parsed %d quads in %d ms; validating with SHACL...", source.stream().count(),
                parseMillis));
        phase = System.nanoTime();
        // The graphs written through the API stay: the files must conform together with them.
        DatasetGraph combined = DatasetGraphFactory.create();
        source.find().forEachRemaining(combined::add);
        DatasetGraph written = store.writtenGraphs();
        written.find().forEachRemaining(combined::add);
        DatasetValidator validator = DatasetValidator.fromShapesGraphOf(source);
        ValidationOutcome outcome = validator.validate(combined);
        long validationMillis = elapsed(phase);
        if (!outcome.conforms()) {
            throw written.isEmpty() || !validator.validate(source).conforms() ? new InvalidDataException(outcome)
                    : new InvalidDataException(outcome, conflicting(written, outcome));
        }
        progress.report("Valid (" + validationMillis + " ms); deriving the entailments...");
        phase = System.nanoTime();
        Graph inferred = Entailments.of(combined);
        long inferenceMillis = elapsed(phase);
        source.addGraph(TG.INFERRED_GRAPH, inferred);
        // The legal status derived from the treaty actions (files and written graphs), in its own graph.
        source.addGraph(TG.STATUS_GRAPH, StatusGraph.of(combined));
        long quads = source.stream().count();
        progress.report(String.format("Inferred %d triples (%d ms); storing %d quads...", inferred.size(),
                inferenceMillis, quads));
        phase = System.nanoTime();
        store.replaceFileGraphs(source, hash, quads, progress);
        long storeMillis = elapsed(phase);
        return new Result(true, quads, (int) Iter.count(source.listGraphNodes()), inferred.size(), parseMillis,
                validationMillis, inferenceMillis, storeMillis, elapsed(start));
    }

    /** The written graphs that say something about a node in violation. */
    private static List<Node> conflicting(DatasetGraph written, ValidationOutcome outcome) {
        Set<Node> graphs = new LinkedHashSet<>();
        outcome.report().getEntries().forEach(entry -> written.find(Node.ANY, entry.focusNode(), Node.ANY, Node.ANY)
                .forEachRemaining(quad -> graphs.add(quad.getGraph())));
        return graphs.isEmpty() ? Iter.toList(written.listGraphNodes()) : List.copyOf(graphs);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
