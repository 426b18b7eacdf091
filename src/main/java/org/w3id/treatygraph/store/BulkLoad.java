package org.w3id.treatygraph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.w3id.treatygraph.vocab.TG;

/**
 * A load of a store on disk, beside the live storage: TDB2's phased bulk loader (the default of
 * {@code tdb2.tdbloader}) fills a new storage with the files, their entailments as they are parsed and the written
 * graphs no file replaces; the load is then validated and completed there in one write transaction, and only
 * when it conforms does the database switch to it ({@link StorageSwitch}). Any failure deletes the new storage:
 * the live one is never written, and readers see the old content until the switch, the new one after.
 *
 * <p>The bulk loader builds the primary index (GSPO) as the quads come, on a thread of its own, and then the five
 * other quad indexes from it, two and then three at a time: much faster than inserting each quad into six
 * indexes in a transaction, and the parser (with the entailments) keeps one of the two cores busy meanwhile.
 */
final class BulkLoad {
    private static final int RECENT = 50_000;

    private BulkLoad() {}

    /** Loads into a new storage of {@code database} and switches to it; answers the graphs the files brought. */
    static Set<Node> run(DatasetGraphSwitchable database, FileLoad load, LoadProgress progress) {
        StorageSwitch storage = StorageSwitch.after(database);
        DatasetGraphTDB fresh = storage.create();
        try {
            fill(fresh, load, progress);
            Txn.executeWrite(fresh, () -> load.complete(fresh));
        } catch (RuntimeException | Error e) {
            storage.discard();
            throw e;
        }
        storage.switchTo();
        return load.incoming();
    }

    private static void fill(DatasetGraphTDB fresh, FileLoad load, LoadProgress progress) {
        org.apache.jena.tdb2.loader.DataLoader loader = LoaderFactory.phasedLoader(fresh,
                (format, args) -> progress.report("  " + String.format(format, args)));
        StreamRDF into = loader.stream();
        boolean[] finishing = {false};
        loader.startBulk();
        try {
            Set<Triple> recent = recentlyInferred();
            load.stream(into::quad, triple -> {
                if (recent.add(triple)) {
                    into.quad(Quad.create(TG.INFERRED_GRAPH, triple));
                }
            }, () -> {
                load.writtenKept().forEachRemaining(into::quad);
                finishing[0] = true;
                loader.finishBulk();
            });
        } catch (RuntimeException | Error e) {
            if (!finishing[0]) {
                // A file failed: finishing stops the loader's threads (the storage is deleted after).
                try {
                    loader.finishBulk();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * The statements inferred last: many statements entail the same about the nodes they share (the State of
     * each of its records is a State), and the loader need not store them again. Bounded: the index drops the
     * repeats it is still given.
     */
    private static Set<Triple> recentlyInferred() {
        return Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Triple, Boolean> eldest) {
                return size() > RECENT;
            }
        });
    }
}
