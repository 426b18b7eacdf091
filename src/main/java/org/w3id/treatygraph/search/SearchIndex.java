package org.w3id.treatygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The full-text index of the store: a jena-text Lucene index with one document per (resource, literal) of the
 * {@link #PREDICATES}, in one field, analysed as English (so "image" finds "images"). It is put in the
 * dataset's context, so {@code text:query} works on the SPARQL endpoint too. It is rebuilt whole from the
 * committed store ({@link #rebuild()}) at start and after loads and reloads; after a write only the documents
 * of the subjects it changed are replaced ({@link #update}). Both run in the thread that made the change, so a
 * write's answer comes after its text is searchable. At start, an index on disk built from the store as it is now
 * is kept ({@link #openOrRebuild()}). The shapes and the ontology are not indexed: search is about the data.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    static final String ENTITY_FIELD = "uri";
    static final String TEXT_FIELD = "text";
    static final String LANG_FIELD = "lang";
    /** Lucene's highlight markers as jena-text writes them (its defaults). */
    static final String HIT_START = "\u21a6";
    static final String HIT_END = "\u21a4";

    /** The properties whose literals are searchable: names, titles, summaries, definitions, statements, texts. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.definition.asNode(),
            Vocab.ELI_TITLE, NodeFactory.createURI(Vocab.ELI + "title_short"),
            NodeFactory.createURI(Vocab.ELI + "title_alternative"), DCTerms.title.asNode(),
            DCTerms.abstract_.asNode(), DCTerms.description.asNode(), NodeFactory.createURI(Vocab.FOAF + "name"),
            TG.term("officialName"), TG.term("keyPhrase"), TG.term("action"), TG.term("paraphrase"),
            TG.term("quotation"), TG.term("claimText"), TG.term("note"), TG.term("officialText"));

    private static final Set<Node> SKIPPED_GRAPHS = Set.of(TG.SHAPES_GRAPH, TG.ONTOLOGY_GRAPH);
    /** The key of a Lucene commit's user data naming the store state and the definition it was built from. */
    private static final String BUILT_FROM = "treatygraph-built-from";
    /** What the index's content depends on besides the store: a change of it makes a kept index stale. */
    private static final String DEFINITION = PREDICATES + " " + EnglishAnalyzer.class.getName();

    /** How long after the last write the index is synced to the disk. */
    static final long SYNC_DELAY_MILLIS = 5_000;

    /** What the last build indexed and how long it took; {@code kept}: the index on disk was current, not rebuilt. */
    public record Build(int documents, long millis, boolean kept) {}

    private final DatasetGraph dataset;
    private final TextIndexLucene index;
    private final LazySyncDirectory directory;
    private final String location;
    /** The folder of the store on disk the index is kept beside; null for an index in memory. */
    private final Path storeDirectory;
    private volatile Build lastBuild = new Build(0, 0, false);
    /** Writes were committed without fsync since the last durable commit. */
    private boolean unsynced;
    /** Runs its argument while no change of the store is between its commit and its index update. */
    private Consumer<Runnable> whenStoreIsQuiet = Runnable::run;
    private final DelayedSync delayedSync = new DelayedSync(this, SYNC_DELAY_MILLIS);

    private SearchIndex(DatasetGraph dataset, Directory directory, String location, Path storeDirectory) {
        this.dataset = dataset;
        this.directory = new LazySyncDirectory(directory);
        this.location = location;
        this.storeDirectory = storeDirectory;
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
        PREDICATES.forEach(p -> definition.set(TEXT_FIELD, p));
        definition.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setValueStored(true);
        config.setAnalyzer(new EnglishAnalyzer());
        config.setMaxBasicQueries(IndexSearcher.getMaxClauseCount());
        this.index = new TextIndexLucene(this.directory, config);
        dataset.getContext().set(TextQuery.textIndex, index);
    }

    /** An index of {@code dataset} in memory (for a store in memory). */
    public static SearchIndex inMemory(DatasetGraph dataset) {
        return new SearchIndex(dataset, new ByteBuffersDirectory(), "in memory", null);
    }

    /**
     * An index of {@code dataset} in the folder {@code directory}, kept between runs while the TDB2 store in
     * {@code storeDirectory} (which may contain {@code directory}) does not change.
     */
    public static SearchIndex onDisk(DatasetGraph dataset, Path directory, Path storeDirectory) {
        try {
            return new SearchIndex(dataset, FSDirectory.open(directory), directory.toString(), storeDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory, e);
        }
    }

    /** Where the index lives: a folder, or "in memory". */
    public String location() {
        return location;
    }

    public Build lastBuild() {
        return lastBuild;
    }

    /**
     * At start: keeps the index when its last commit was built from the store's present state with this definition,
     * otherwise {@link #rebuild() rebuilds} it.
     */
    public synchronized Build openOrRebuild() {
        String builtFrom = builtFrom();
        if (builtFrom != null) {
            try {
                if (builtFrom.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(BUILT_FROM))) {
                    try (DirectoryReader reader = DirectoryReader.open(directory)) {
                        lastBuild = new Build(reader.numDocs(), 0, true);
                        return lastBuild;
                    }
                }
            } catch (IndexNotFoundException none) {
                // Nothing committed yet: build it.
            } catch (IOException unreadable) {
                LOG.warn("The search index in {} cannot be read ({}); rebuilding it", location, unreadable.getMessage());
            }
        }
        return rebuild();
    }

    /** The store state and definition an index built now derives from; null for an index in memory. */
    private String builtFrom() {
        return storeDirectory == null ? null
                : StoreFiles.fingerprint(storeDirectory, Path.of(location)) + " " + DEFINITION.hashCode();
    }

    /** Replaces the index's content with the store's committed content; readers see the old index until then. */
    public synchronized Build rebuild() {
        long start = System.nanoTime();
        // Read before the store is: a change committed in between makes the record older than the content, which
        // only costs a rebuild at the next start.
        String builtFrom = builtFrom();
        var writer = index.getIndexWriter();
        int documents = Txn.calculateRead(dataset, () -> {
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<Triple> seen = new HashSet<>();
            EntityDefinition definition = index.getDocDef();
            for (Node predicate : PREDICATES) {
                dataset.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                    if (indexable(quad) && seen.add(quad.asTriple())) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    }
                });
            }
            return seen.size();
        });
        commitDurably(builtFrom);
        lastBuild = new Build(documents, (System.nanoTime() - start) / 1_000_000, false);
        return lastBuild;
    }

    /**
     * Replaces the documents of {@code subjects} with what the committed store says about them now: a write's
     * share of {@link #rebuild()}. Its commit is visible to searches at once but not synced to the disk (Lucene's
     * fsyncs cost more than the write's own); it records no store state, so an index a crash left with it is rebuilt
     * at the next start. {@link #sync()} (or {@link #close()}) makes it durable and records the store state.
     */
    public synchronized void update(Set<Node> subjects) {
        var writer = index.getIndexWriter();
        EntityDefinition definition = index.getDocDef();
        Txn.executeRead(dataset, () -> {
            for (Node subject : subjects) {
                if (!subject.isURI()) {
                    continue;
                }
                try {
                    writer.deleteDocuments(new Term(ENTITY_FIELD, subject.getURI()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Set<Triple> seen = new HashSet<>();
                for (Node predicate : PREDICATES) {
                    dataset.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(quad -> {
                        if (indexable(quad) && seen.add(quad.asTriple())) {
                            index.addEntity(TextQueryFuncs.entityFromQuad(definition, quad));
                        }
                    });
                }
            }
        });
        writer.setLiveCommitData(Map.<String, String>of().entrySet());
        index.commit();
        unsynced = true;
    }

    /**
     * Makes the index's last commit durable, recording the store state it follows, when writes left it unsynced.
     * Runs while no change of the store sits between its commit and its update of the index, so the state recorded is
     * the one the index holds.
     */
    public void sync() {
        whenStoreIsQuiet.accept(() -> {
            synchronized (this) {
                if (unsynced) {
                    commitDurably(builtFrom());
                }
            }
        });
    }

    /** How {@link #sync()} waits for the store to be quiet (e.g. {@code StoreVersion::whileQuiet}). */
    public void syncWhenQuiet(Consumer<Runnable> quiet) {
        this.whenStoreIsQuiet = quiet;
    }

    private void commitDurably(String builtFrom) {
        index.getIndexWriter().setLiveCommitData(builtFrom == null ? Map.<String, String>of().entrySet()
                : Map.of(BUILT_FROM, builtFrom).entrySet());
        try {
            directory.durably(index::commit);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sync the search index in " + location, e);
        }
        unsynced = false;
    }

    /**
     * For a listener of the store's version: {@link #update} the {@code subjects} that changed, or
     * {@link #rebuild()} when any may have ({@code null}). A failure is logged (the store's change stands), not thrown.
     */
    public void refreshQuietly(Set<Node> subjects) {
        try {
            if (subjects == null) {
                Build build = rebuild();
                LOG.debug("Search index rebuilt: {} documents in {} ms", build.documents(), build.millis());
            } else {
                update(subjects);
                delayedSync.written();
            }
        } catch (RuntimeException e) {
            LOG.error("Could not bring the search index up to date; searches answer from the previous content", e);
        }
    }

    private static boolean indexable(Quad quad) {
        return quad.getObject().isLiteral() && quad.getSubject().isURI() && !SKIPPED_GRAPHS.contains(quad.getGraph());
    }

    /**
     * The best {@code limit} matches of a Lucene query, each literal whole with the matched words between
     * {@link #HIT_START} and {@link #HIT_END}.
     *
     * @throws IllegalArgumentException when {@code query} is not valid Lucene syntax or expands too far
     */
    List<TextHit> query(String query, int limit) {
        try {
            return index.query((Node) null, query, null, null, limit, "highlight:z:100000|m:1");
        } catch (TextIndexParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (TextIndexException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IndexSearcher.TooManyClauses || cause instanceof IllegalArgumentException) {
                throw new IllegalArgumentException("The query matches too many words; make it more specific ("
                        + cause.getMessage() + ")", e);
            }
            throw e;
        }
    }

    /** Makes the index durable ({@link #sync()}), then closes it. */
    @Override
    public void close() {
        delayedSync.close();
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not be synced; it will be rebuilt at the next start", e);
        }
        index.close();
    }
}
