package org.w3id.treatygraph.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.reasoning.EntailmentRules;
import org.w3id.treatygraph.status.StatusGraph;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * Brings a store up to date with the curated files: parse, validate against the shapes, derive the
 * entailments into {@link TG#INFERRED_GRAPH} and the legal status into {@link TG#STATUS_GRAPH} ({@link FileLoad}),
 * switched in at once ({@link TreatyStore#replaceFileGraphs}) — or leave the store untouched when the files are
 * unchanged or do not conform.
 */
public final class DataLoader {

    /**
     * What a load did: all quads stored (inferred ones included), the inferred part, and the time of each
     * phase (parsing and storing, streamed together; SHACL validation; completing the inference and the
     * status; the commit, and for a store on disk the switch to the new storage) and of the whole.
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

    /**
     * As {@link #ensureLoaded(TreatyStore, ProjectFiles, boolean)}, reporting each phase to {@code progress}. No
     * write runs meanwhile ({@link StoreVersion#alone}): the written graphs the load keeps are those of its start.
     */
    public static Result ensureLoaded(TreatyStore store, ProjectFiles files, boolean force, LoadProgress progress) {
        return store.version().alone(() -> load(store, files, force, progress));
    }

    private static Result load(TreatyStore store, ProjectFiles files, boolean force, LoadProgress progress) {
        long start = System.nanoTime();
        // The rules are part of what the store holds: changed rules recompute the inferred graph.
        String hash = files.contentHash() + "+rules-" + EntailmentRules.standard().fingerprint()
                + "+status-" + StatusGraph.RULES_VERSION;
        if (!force && store.holdsFiles(hash)) {
            return new Result(false, 0, 0, 0, 0, 0, 0, 0, elapsed(start));
        }
        progress.report("Parsing and storing " + files.allFiles().size() + " files...");
        FileLoad load = new FileLoad(files, ProjectDatasetReader.readRules(files), store.writtenGraphs(), progress);
        store.replaceFileGraphs(hash, load, progress);
        return new Result(true, load.stored + load.inferred + load.status, store.fileGraphs().size() + 2, load.inferred,
                load.parseMillis, load.validationMillis, load.inferenceMillis, elapsed(load.completedAt), elapsed(start));
    }

    /** The written graphs that say something about a node in violation. */
    static List<Node> conflicting(DatasetGraph written, ValidationOutcome outcome) {
        Set<Node> graphs = new LinkedHashSet<>();
        outcome.report().getEntries().forEach(entry -> written.find(Node.ANY, entry.focusNode(), Node.ANY, Node.ANY)
                .forEachRemaining(quad -> graphs.add(quad.getGraph())));
        return graphs.isEmpty() ? Iter.toList(written.listGraphNodes()) : List.copyOf(graphs);
    }

    static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
