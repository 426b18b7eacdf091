package org.w3id.treatygraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.vocab.TG;

/** The index on disk is kept at start while the store is unchanged, and rebuilt when anything committed changed it. */
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
