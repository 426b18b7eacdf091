package org.w3id.treatygraph.store;

/**
 * Where a load reports its progress: one line per phase (parse, validate, infer, store) and, while storing,
 * one line per tenth of the quads, so that a long load shows it is moving.
 */
@FunctionalInterface
public interface LoadProgress {
    /** Reports nothing. */
    LoadProgress SILENT = line -> { };

    void report(String line);
}
