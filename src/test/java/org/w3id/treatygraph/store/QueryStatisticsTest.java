package org.w3id.treatygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

/**
 * The store's statistics order a BGP by how many statements each pattern matches: 200 actions name one of two
 * treaties and one of 100 parties, so "the actions of this party" comes before "the actions on this treaty", which
 * TDB2's fixed order (two bound terms each) leaves as written. They are written where TDB2 looks, and read again.
 */
class QueryStatisticsTest {
    private static final Node TREATY = TG.term("treaty");
    private static final Node PARTY = TG.term("party");
    private static final Var ACTION = Var.alloc("action");

    private static void actions(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 200; i++) {
                Node action = TG.id("action/" + i);
                Node graph = TG.graph("actions-" + (i % 3));
                dataset.add(Quad.create(graph, action, RDF.type.asNode(), TG.term("Signature")));
                dataset.add(Quad.create(graph, action, TREATY, TG.id("treaty/" + (i % 2))));
                dataset.add(Quad.create(graph, action, PARTY, TG.id("state/" + (i % 100))));
            }
        });
    }

    private static BasicPattern treatyThenParty() {
        return BasicPattern.wrap(List.of(Triple.create(ACTION, TREATY, TG.id("treaty/0")),
                Triple.create(ACTION, PARTY, TG.id("state/7"))));
    }

    @Test
    void theSelectivePatternComesFirst() {
        try (TreatyStore store = TreatyStore.inMemory()) {
            actions(store.datasetGraph());
            assertFalse(store.statistics().active(), "an empty store had statistics");
            assertEquals(treatyThenParty().get(0), ReorderLib.fixed().reorder(treatyThenParty()).get(0),
                    "TDB2's fixed order already told the patterns apart: this test shows nothing");
            store.statistics().refresh(store.datasetGraph());
            assertTrue(store.statistics().active());
            BasicPattern ordered = store.statistics().reorder(treatyThenParty());
            assertEquals(PARTY, ordered.get(0).getPredicate(), "the party (2 actions) did not come before the treaty (100)");
            assertEquals(600, QueryStatistics.triples(QueryStatistics.gather(store.datasetGraph())));
        }
    }

    @Test
    void writtenBesideTheDatabaseAndReadAtOpen(@TempDir Path folder) {
        try (TreatyStore store = TreatyStore.open(folder)) {
            actions(store.datasetGraph());
            store.statistics().refresh(store.datasetGraph());
        }
        assertTrue(Files.isRegularFile(folder.resolve("Data-0001").resolve(QueryStatistics.FILE)),
                "no stats.opt in the database folder");
        try (TreatyStore reopened = TreatyStore.open(folder)) {
            assertTrue(reopened.statistics().active(), "the statistics were not read at open");
            assertEquals(PARTY, reopened.statistics().reorder(treatyThenParty()).get(0).getPredicate());
        }
    }

    @Test
    void aBulkLoadKeepsTheStatisticsOrderAndWritesThemIntoTheNewStorage(@TempDir Path folder) throws Exception {
        try (TreatyStore store = TreatyStore.open(folder)) {
            DataLoader.ensureLoaded(store, TestProject.files(), false);
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
            Path inUse = Path.of(storage.getLocation().getDirectoryPath());
            assertEquals("Data-0002", inUse.getFileName().toString(), "the load did not switch to a new storage");
            assertSame(store.statistics(), storage.getReorderTransform(), "the new storage joins in TDB2's default order");
            assertTrue(store.statistics().active(), "no statistics after the load");
            assertTrue(Files.isRegularFile(inUse.resolve(QueryStatistics.FILE)), "no stats.opt in the storage in use");
        }
    }
}
