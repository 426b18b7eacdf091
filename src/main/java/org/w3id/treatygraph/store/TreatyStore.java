package org.w3id.treatygraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.treatygraph.vocab.TG;

/**
 * The TDB2 dataset TreatyGraph serves, on disk or in memory, with the union of all named graphs as its
 * default graph. A small manifest beside the database records which file contents were loaded and which
 * graphs came from files, so that a restart with unchanged files skips loading. Its BGPs are joined in the order
 * its {@link StatisticsReorder statistics} suggest, and its EXISTS patterns answered once per distinct binding
 * ({@link ExistsRewrite}).
 */
public final class TreatyStore implements AutoCloseable {
    private static final String MANIFEST = "treatygraph-load.properties";

    private final Dataset dataset;
    private final Path directory;
    private final StoreVersion version = new StoreVersion();
    private final StatisticsReorder order;
    /** The graphs loaded from files, as the manifest (or, in memory, the last load) says. */
    private Set<Node> fileGraphs;

    private TreatyStore(Location location, Path directory) {
        this.order = new StatisticsReorder();
        this.dataset = DatasetFactory.wrap(DatabaseConnection.connectCreate(location, null, order).getDatasetGraph());
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        ExistsRewrite.install();
        this.fileGraphs = manifestFileGraphs();
        order.open(directory == null ? null : storageFolder(), datasetGraph());
        // A write's changed subjects stand for the statements it changed; loads gather again themselves.
        version.onChangeOf(subjects -> {
            if (subjects != null) {
                order.changed(Math.max(1, subjects.size()), datasetGraph());
            }
        });
    }

    /** Opens (or creates) the TDB2 database in {@code directory}. */
    public static TreatyStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + directory, e);
        }
        return new TreatyStore(Location.create(directory), directory);
    }

    /** A TDB2 database in memory: nothing is kept after the process ends. */
    public static TreatyStore inMemory() {
        return new TreatyStore(Location.mem(), null);
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The database folder of a store on disk; empty for a store in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Changes whenever the content changes. */
    public StoreVersion version() {
        return version;
    }

    /** The join order of the store's BGPs, by its statistics. */
    public StatisticsReorder statistics() {
        return order;
    }

    /** True when the files with this content hash are what the store holds. */
    public boolean holdsFiles(String contentHash) {
        return manifest().map(m -> contentHash.equals(m.getProperty("contentHash"))).orElse(false);
    }

    /**
     * Replaces the graphs that came from files, and the derived graphs, with what {@code load} brings: readers see
     * the old content or the new, never a mix, and nothing is stored when the load fails (it throws). Other graphs
     * are kept. A store on disk is loaded into a new storage by TDB2's bulk loader and switched to
     * ({@link BulkLoad}); a store in memory in one write transaction, which a failure aborts. The caller holds
     * {@link StoreVersion#alone}.
     */
    void replaceFileGraphs(String contentHash, FileLoad load, LoadProgress progress) {
        version.committing(() -> {
            Set<Node> incoming = directory == null ? loadInTransaction(load)
                    : BulkLoad.run(TDBInternal.getDatabaseContainer(datasetGraph()), load, progress);
            // A bulk load switches to a new storage folder: the statistics follow it.
            order.refresh(datasetGraph(), directory == null ? null : storageFolder());
            version.bump();
            fileGraphs = new LinkedHashSet<>(incoming);
            writeManifest(contentHash, List.copyOf(incoming));
            return null;
        });
    }

    private Set<Node> loadInTransaction(FileLoad load) {
        DatasetGraph target = datasetGraph();
        return Txn.calculateWrite(target, () -> {
            for (Node graph : fileGraphs) {
                target.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            target.deleteAny(TG.INFERRED_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            target.deleteAny(TG.STATUS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            return load.run(target);
        });
    }

    /** The graphs that came from the data files at the last load. */
    public Set<Node> fileGraphs() {
        return Set.copyOf(fileGraphs);
    }

    /**
     * A copy of the graphs that did not come from files (written through the write API), without the
     * inferred graph: a reload must keep them and stay valid with them.
     */
    public DatasetGraph writtenGraphs() {
        DatasetGraph written = DatasetGraphFactory.create();
        Txn.executeRead(datasetGraph(), () -> datasetGraph().find().forEachRemaining(quad -> {
            if (!fileGraphs.contains(quad.getGraph()) && !quad.getGraph().equals(TG.INFERRED_GRAPH)
                    && !quad.getGraph().equals(TG.STATUS_GRAPH)) {
                written.add(quad);
            }
        }));
        return written;
    }

    /** Number of quads in named graphs. */
    public long size() {
        return Txn.calculateRead(datasetGraph(), () -> {
            long[] count = {0};
            datasetGraph().find().forEachRemaining(q -> count[0]++);
            return count[0];
        });
    }

    @Override
    public void close() {
        order.close();
        dataset.close();
        if (directory != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** TDB2's current storage folder inside the store ({@code Data-000N}), where its tools look for statistics. */
    private Path storageFolder() {
        return Path.of(TDBInternal.getDatasetGraphTDB(datasetGraph()).getLocation().getDirectoryPath());
    }

    private Set<Node> manifestFileGraphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        manifest().ifPresent(m -> {
            for (String iri : m.getProperty("fileGraphs", "").split(" ")) {
                if (!iri.isBlank()) {
                    graphs.add(NodeFactory.createURI(iri));
                }
            }
        });
        return graphs;
    }

    private Optional<Properties> manifest() {
        if (directory == null || !Files.exists(directory.resolve(MANIFEST))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(directory.resolve(MANIFEST))) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(MANIFEST), e);
        }
    }

    // Written after the commit: a crash in between leaves an old manifest, and the next start reloads.
    private void writeManifest(String contentHash, List<Node> graphs) {
        if (directory == null) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("contentHash", contentHash);
        properties.setProperty("fileGraphs", String.join(" ", graphs.stream().map(Node::getURI).toList()));
        Path temporary = directory.resolve(MANIFEST + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Written by TreatyGraph after loading the curated files");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + temporary, e);
        }
        try {
            Files.move(temporary, directory.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(MANIFEST), e);
        }
    }
}
