package org.w3id.treatygraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.StatsMatcher;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.ItemList;
import org.apache.jena.sparql.sse.ItemWriter;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Statistics of a TDB2 store for the statistics-based BGP optimizer, in TDB2's {@code stats.opt} format (SSE), over
 * the union of the named graphs (what the union default graph and {@code GRAPH ?g} patterns both match). Unlike
 * {@code tdb2.tdbstats}, which counts predicates only and then guesses a fixed weight of 10 for every
 * {@code ?s :p <o>}, it records per predicate how many statements share a subject and how many share an object on
 * average, and per class its instances: so {@code ?x tg:party <State>} (a handful) comes before
 * {@code ?x tg:treaty <Treaty>} (hundreds), which TDB2's fixed order cannot tell apart. Gathered from two quad
 * indexes (SPOG, POSG) in their order, on node ids, without decoding a node per statement.
 */
public final class QueryStatistics {
    /** The file name TDB2 reads in a database folder ({@code Names.optStats}). */
    public static final String FILE = "stats.opt";

    private QueryStatistics() {}

    /** The statistics of {@code dataset} as it is committed now. */
    public static Item gather(DatasetGraph dataset) {
        return gather(dataset, () -> false);
    }

    /**
     * As {@link #gather(DatasetGraph)}, stopping with a CancellationException once {@code stop} says so. (Not on an
     * interrupt: an interrupt closes the store's file channels under TDB2.)
     */
    static Item gather(DatasetGraph dataset, BooleanSupplier stop) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        return Txn.calculateRead(dataset, () -> {
            var table = tdb.getQuadTable().getNodeTupleTable();
            Counts counts = new Counts();
            // Tuples come in primary order (G S P O) whatever the index's order.
            scan(table.getTupleTable().selectIndex("SPOG"), stop, (previous, quad) -> {
                long[] c = counts.of(quad.get(2));
                boolean sameSP = previous != null && previous.get(1).equals(quad.get(1)) && previous.get(2).equals(quad.get(2));
                if (!sameSP || !previous.get(3).equals(quad.get(3))) {
                    c[0]++;
                    counts.triples++;
                }
                if (!sameSP) {
                    c[1]++;
                }
            });
            NodeId type = TDBInternal.getNodeId(tdb, RDF.type.asNode());
            scan(table.getTupleTable().selectIndex("POSG"), stop, (previous, quad) -> {
                boolean samePO = previous != null && previous.get(2).equals(quad.get(2)) && previous.get(3).equals(quad.get(3));
                if (!samePO) {
                    counts.of(quad.get(2))[2]++;
                }
                if (quad.get(2).equals(type) && (!samePO || !previous.get(1).equals(quad.get(1)))) {
                    counts.types.merge(quad.get(3), 1L, Long::sum);
                }
            });
            return format(counts, tdb);
        });
    }

    /** Writes {@code stats} as {@code folder/stats.opt} (replacing it whole), where TDB2's own tools look. */
    public static void write(Item stats, Path folder) {
        Path temporary = folder.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            ItemWriter.write(out, stats);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + temporary, e);
        }
        try {
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder.resolve(FILE), e);
        }
    }

    /** The statistics in {@code folder/stats.opt}, or null when there are none (or they cannot be read). */
    public static Item read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Item stats = SSE.readFile(file.toString());
            new StatsMatcher(stats);
            return stats;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The number of statements (distinct triples over all graphs) {@code stats} were gathered from. */
    public static long triples(Item stats) {
        Item count = Item.find(stats.getList().get(1).getList(), StatsMatcher.COUNT);
        return count == null ? 0 : count.getList().get(1).asLong();
    }

    private interface Visitor {
        void visit(Tuple<NodeId> previous, Tuple<NodeId> quad);
    }

    private static void scan(TupleIndex index, BooleanSupplier stop, Visitor visitor) {
        Tuple<NodeId> previous = null;
        for (Iterator<Tuple<NodeId>> all = index.all(); all.hasNext(); ) {
            if (stop.getAsBoolean()) {
                throw new CancellationException("The statistics were not gathered: the store is closing");
            }
            Tuple<NodeId> quad = all.next();
            visitor.visit(previous, quad);
            previous = quad;
        }
    }

    /** Per predicate: statements, distinct subjects, distinct objects; per class: instances. */
    private static final class Counts {
        final Map<NodeId, long[]> predicates = new HashMap<>();
        final Map<NodeId, Long> types = new HashMap<>();
        long triples;

        long[] of(NodeId predicate) {
            return predicates.computeIfAbsent(predicate, p -> new long[3]);
        }
    }

    /*
     * StatsMatcher takes the first pattern that matches, in the order written: a class's own count before the
     * average over classes. The weights estimate how many statements a pattern matches once its other slots are bound.
     */
    private static Item format(Counts counts, DatasetGraphTDB tdb) {
        ItemList list = new ItemList();
        list.add(StatsMatcher.STATS);
        ItemList meta = new ItemList();
        meta.add(StatsMatcher.META);
        meta.add(pair(Item.createSymbol(StatsMatcher.COUNT), counts.triples));
        list.add(Item.createList(meta));
        Node rdfType = RDF.type.asNode();
        counts.types.forEach((type, n) -> list.add(pattern("VAR", rdfType, TDBInternal.getNode(tdb, type), n)));
        long subjects = 0, objects = 0;
        for (Map.Entry<NodeId, long[]> entry : counts.predicates.entrySet()) {
            Node predicate = TDBInternal.getNode(tdb, entry.getKey());
            long[] c = entry.getValue();
            list.add(pattern("TERM", predicate, null, average(c[0], c[1])));
            list.add(pattern(null, predicate, "TERM", average(c[0], c[2])));
            list.add(pattern(null, predicate, null, c[0]));
            subjects += c[1];
            objects += c[2];
        }
        // A variable predicate: per subject, per object, all.
        list.add(pattern("TERM", null, null, average(counts.triples, Math.max(1, subjects / Math.max(1, counts.predicates.size())))));
        list.add(pattern(null, null, "TERM", average(counts.triples, Math.max(1, objects / Math.max(1, counts.predicates.size())))));
        list.add(pattern(null, null, null, counts.triples));
        // A predicate the store does not use matches nothing: cheapest of all.
        list.add(pair(StatsMatcher.OTHER, 0));
        return Item.createList(list);
    }

    private static double average(long statements, long distinct) {
        return distinct == 0 ? 0 : (double) statements / distinct;
    }

    /** {@code ((S P O) weight)}; a null slot is ANY, a string a symbol (VAR, TERM). */
    private static Item pattern(Object subject, Node predicate, Object object, double weight) {
        ItemList triple = new ItemList();
        triple.add(slot(subject));
        triple.add(predicate == null ? Item.createSymbol("ANY") : Item.createNode(predicate));
        triple.add(slot(object));
        ItemList pair = new ItemList();
        pair.add(Item.createList(triple));
        pair.add(Item.createNode(NodeFactoryExtra.doubleToNode(Math.round(weight * 100) / 100.0)));
        return Item.createList(pair);
    }

    private static Item slot(Object value) {
        return value == null ? Item.createSymbol("ANY")
                : value instanceof Node node ? Item.createNode(node) : Item.createSymbol((String) value);
    }

    private static Item pair(Item key, long value) {
        ItemList pair = new ItemList();
        pair.add(key);
        pair.add(Item.createNode(NodeFactoryExtra.intToNode(value)));
        return Item.createList(pair);
    }
}
