package org.w3id.treatygraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;

/**
 * Brings a store up to date with the curated files: parse, validate against the shapes, and load in one
 * transaction — or leave the store untouched when the files are unchanged or do not conform.
 */
public final class DataLoader {

    /** What a load did. */
    public record Result(boolean loaded, long quads, int graphs, long millis) {
        public String describe() {
            return loaded
                    ? String.format("Validated and loaded %d quads in %d named graphs (%d ms).", quads, graphs, millis)
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
        long start = System.nanoTime();
        String hash = files.contentHash();
        if (!force && store.holdsFiles(hash)) {
            return new Result(false, 0, 0, elapsed(start));
        }
        DatasetGraph source = ProjectDatasetReader.read(files);
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(source).validate(source);
        if (!outcome.conforms()) {
            throw new InvalidDataException(outcome);
        }
        store.replaceFileGraphs(source, hash);
        return new Result(true, source.stream().count(), (int) Iter.count(source.listGraphNodes()),
                elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
