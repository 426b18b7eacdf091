package org.w3id.treatygraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.vocab.TG;

/**
 * The index on disk is kept at start while the store is unchanged, and rebuilt when anything committed changed it
 * or when its last commit was not synced to the disk.
 */
class SearchIndexKeptTest {

    private static void label(TreatyStore store, String resource, String text) {
        Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(Quad.create(TG.graph("notes"),
                NodeFactory.createURI(TG.ID + resource), RDFS.label.asNode(), NodeFactory.createLiteralString(text))));
    }

    private static SearchIndex index(TreatyStore store, Path folder) {
        return SearchIndex.onDisk(store.datasetGraph(), folder.resolve("text-index"), folder);
    }

    @Test
    void keptWhileTheStoreIsUnchangedAndRebuiltAfterACommit(@TempDir Path folder) {
        try (TreatyStore store = TreatyStore.open(folder)) {
            label(store, "state/AAA", "Quokka island");
            label(store, "state/BBB", "Wombat valley");
            try (SearchIndex index = index(store, folder)) {
                SearchIndex.Build first = index.openOrRebuild();
                assertFalse(first.kept(), "an empty folder held an index");
                assertEquals(2, first.documents());
            }
            try (SearchIndex index = index(store, folder)) {
                SearchIndex.Build again = index.openOrRebuild();
                assertTrue(again.kept(), "the index of an unchanged store was rebuilt");
                assertEquals(2, again.documents());
                assertEquals(TG.ID + "state/AAA", index.query("quokka", 5).get(0).getNode().getURI());
            }
        }
        try (TreatyStore reopened = TreatyStore.open(folder)) {
            try (SearchIndex index = index(reopened, folder)) {
                assertTrue(index.openOrRebuild().kept(), "reopening the store made the index stale");
            }
            label(reopened, "state/CCC", "Numbat forest");
            try (SearchIndex index = index(reopened, folder)) {
                SearchIndex.Build after = index.openOrRebuild();
                assertFalse(after.kept(), "the index was kept although the store changed");
                assertEquals(3, after.documents());
                assertEquals(TG.ID + "state/CCC", index.query("numbat", 5).get(0).getNode().getURI());
            }
        }
    }

    /** The store folder as a crash would leave it: its files as they are now, without the locks of this process. */
    private static Path crashCopy(Path folder, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    @Test
    void aWriteIsSearchableAtOnceAndAnIndexACrashCaughtUnsyncedIsRebuilt(@TempDir Path folder, @TempDir Path crashes)
            throws IOException {
        try (TreatyStore store = TreatyStore.open(folder); SearchIndex index = index(store, folder)) {
            label(store, "state/AAA", "Quokka island");
            index.openOrRebuild();
            label(store, "state/BBB", "Wombat valley");
            index.update(Set.of(NodeFactory.createURI(TG.ID + "state/BBB")));
            assertEquals(TG.ID + "state/BBB", index.query("wombat", 5).get(0).getNode().getURI(),
                    "the write's text was not searchable before the index was synced");

            Path beforeSync = crashCopy(folder, crashes.resolve("before-sync"));
            try (TreatyStore recovered = TreatyStore.open(beforeSync); SearchIndex reopened = index(recovered, beforeSync)) {
                SearchIndex.Build build = reopened.openOrRebuild();
                assertFalse(build.kept(), "an index whose last commit was not synced was trusted after a crash");
                assertEquals(2, build.documents());
            }

            index.sync();
            Path afterSync = crashCopy(folder, crashes.resolve("after-sync"));
            try (TreatyStore recovered = TreatyStore.open(afterSync); SearchIndex reopened = index(recovered, afterSync)) {
                assertTrue(reopened.openOrRebuild().kept(), "a synced index of the same store state was rebuilt");
                assertEquals(TG.ID + "state/BBB", reopened.query("wombat", 5).get(0).getNode().getURI());
            }
        }
    }

    @Test
    void anIndexInMemoryIsAlwaysBuilt() {
        try (TreatyStore store = TreatyStore.inMemory()) {
            label(store, "state/AAA", "Quokka island");
            try (SearchIndex index = SearchIndex.inMemory(store.datasetGraph())) {
                assertFalse(index.openOrRebuild().kept());
                assertEquals(1, index.lastBuild().documents());
            }
        }
    }
}
