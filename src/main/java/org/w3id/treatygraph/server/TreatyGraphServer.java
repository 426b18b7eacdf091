package org.w3id.treatygraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.linkeddata.KeptAnswers;
import org.w3id.treatygraph.mcp.McpEndpoint;
import org.w3id.treatygraph.query.CancellableRegex;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.search.SearchIndex;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.web.ErrorPage;
import org.w3id.treatygraph.web.PageRenderer;
import org.w3id.treatygraph.write.Credentials;
import org.w3id.treatygraph.write.WriteModule;

/**
 * The TreatyGraph HTTP server: an embedded Fuseki serving one read-only dataset at the root, so that the
 * SPARQL endpoint is {@code /sparql} and the Graph Store Protocol (read) is {@code /get}. Assembled by
 * {@link #builder()}; {@link Builder#build()} checks the configuration, {@link #start()} runs it.
 */
public final class TreatyGraphServer {
    private final FusekiServer fuseki;
    private final boolean writable;
    private final SearchIndex search;
    private final KeptAnswers kept;

    private TreatyGraphServer(FusekiServer fuseki, boolean writable, SearchIndex search, KeptAnswers kept) {
        this.fuseki = fuseki;
        this.writable = writable;
        this.search = search;
        this.kept = kept;
    }

    public static Builder builder() {
        return new Builder();
    }

    public TreatyGraphServer start() {
        fuseki.start();
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
        search.close();
    }

    /** The full-text index: where it lives and how long its last build took. */
    public SearchIndex searchIndex() {
        return search;
    }

    /** How many dereferencing requests were answered from kept answers before the servlet layer. */
    public long keptAnswers() {
        return kept.answered();
    }

    /** The port the server listens on (useful when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL of the running server, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Human-readable lines listing the endpoints, for the start-up log. */
    public List<String> endpointDescriptions() {
        String base = baseUrl();
        return List.of(
                "SPARQL 1.1 query endpoint:      " + base + Routes.SPARQL,
                "Graph Store Protocol (read):    " + base + Routes.GRAPH_STORE + "?graph=<graph IRI>",
                "Home page and query editor:     " + base + "/  and  " + base + "/editor",
                "Search and citation lookup:     " + base + "/search?q=intimate  and  " + base + "/find?q=art+16(5)",
                "Search index:                   " + search.lastBuild().documents() + " texts indexed "
                        + (search.lastBuild().kept() ? "before (the store is unchanged)"
                                : "in " + search.lastBuild().millis() + " ms")
                        + " (" + search.location() + "; rebuilt after every change)",
                "Linked data:                    " + base + "/id/treaty/un-cybercrime-convention",
                "MCP for AI agents (HTTP):       " + base + McpEndpoint.PATH,
                "Validation (POST data):         " + base + "/validate",
                writable ? "Writes (with a credential):     " + base + "/update  and  " + base + "/data?graph=<graph IRI>"
                        : "Writes:                         disabled (no --admin-token or --credentials given)",
                "Health:                         " + base + Routes.HEALTH + "  (and " + base + "/$/ping)");
    }

    /** Configuration of a {@link TreatyGraphServer}. */
    public static final class Builder {
        private int port = 3030;
        private boolean loopback = false;
        private DatasetGraph dataset;
        private StoreVersion version = new StoreVersion();
        private PublicBase base = new PublicBase(null);
        private List<ExampleQuery> examples = List.of();
        private Credentials credentials = Credentials.none();
        private Limits limits = Limits.DEFAULTS;
        private Supplier<Set<Node>> fileGraphs = Set::of;
        private Set<String> writeOrigins = Set.of();
        private Path searchIndexDirectory;
        private Path storeDirectory;

        private Builder() {}

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen on the loopback interface only. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The store's version, from which HTTP validators derive (see {@link TreatyStore#version()}). */
        public Builder version(StoreVersion version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /** The dataset and its version, from a store. */
        public Builder store(TreatyStore store) {
            this.fileGraphs = store::fileGraphs;
            this.storeDirectory = store.directory().orElse(null);
            this.searchIndexDirectory = store.directory().map(d -> d.resolve("text-index")).orElse(null);
            return dataset(store.datasetGraph()).version(store.version());
        }

        /**
         * The public base the canonical IRIs are served under, e.g. {@code https://w3id.org/treatygraph/};
         * null (the default) answers on whatever base each request was made to.
         */
        public Builder baseUri(String baseUri) {
            this.base = new PublicBase(baseUri);
            return this;
        }

        /** Who may write; with none (the default), the write endpoints do not exist. */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials);
            return this;
        }

        /** The largest request body accepted (default 10 MiB); larger ones are answered 413. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.limits = limits.withMaxBodyBytes(maxBodyBytes);
            return this;
        }

        /** How long a SPARQL query may run before it is cancelled (default 10 s); Fuseki answers 503. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.limits = limits.withQueryTimeout(queryTimeout);
            return this;
        }

        /** Origins (e.g. {@code https://curation.example.org}) allowed to write besides the server's own. */
        public Builder writeOrigins(Set<String> origins) {
            for (String origin : origins) {
                if (!origin.matches("https?://[^/\\s]+")) {
                    throw new IllegalArgumentException("An origin is a scheme and a host, like https://example.org: " + origin);
                }
            }
            this.writeOrigins = Set.copyOf(origins);
            return this;
        }

        /** How long a connection may stay silent, e.g. in the middle of a request body (default 30 s); then 408. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.limits = limits.withIdleTimeout(idleTimeout);
            return this;
        }

        /** All the limits at once (see {@link Limits} and docs/limits.md). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** The folder of the full-text index; null (the default, unless a store on disk is given) keeps it in memory. */
        public Builder searchIndexDirectory(Path directory) {
            this.searchIndexDirectory = directory;
            return this;
        }

        /** The example queries offered on the query page. */
        public Builder exampleQueries(List<ExampleQuery> examples) {
            this.examples = List.copyOf(examples);
            return this;
        }

        public TreatyGraphServer build() {
            Objects.requireNonNull(dataset, "A dataset is required to build the server");
            // Queries come from anonymous clients: SERVICE must not make the server call other hosts.
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
            // REGEX stops when its query is cancelled (Java's matcher does not look).
            CancellableRegex.install(dataset.getContext());
            ErrorResponder errors = new ErrorResponder(new ErrorPage(new PageRenderer(), base));
            // The full-text index: built now from the store unless kept on disk from an unchanged store, brought up to
            // date after every change of its content.
            SearchIndex search = searchIndexDirectory == null ? SearchIndex.inMemory(dataset)
                    : SearchIndex.onDisk(dataset, searchIndexDirectory, storeDirectory);
            search.openOrRebuild();
            version.onChangeOf(search::refreshQuietly);
            search.syncWhenQuiet(version::whileQuiet);
            Routes routes = new Routes(dataset, version, examples, limits, base, errors, search);
            WriteModule writes = new WriteModule(Routes.DATASET, dataset, version, fileGraphs, credentials, limits,
                    base, errors);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .addDataset(Routes.DATASET, dataset)
                    .addFilter("/*", new CrossOrigin(writeOrigins, base, errors, limits.maxBodyBytes()))
                    .addFilter("/*", new TraceRefused(errors))
                    .addFilter("/*", new RequestSizeLimit(limits.maxBodyBytes(), errors))
                    .fusekiModules(FusekiModules.create(routes, writes))
                    .enablePing(true)
                    .enableCors(false, null)
                    .build();
            Server jetty = fuseki.getJettyServer();
            for (Connector connector : jetty.getConnectors()) {
                ((AbstractConnector) connector).setIdleTimeout(limits.idleTimeout().toMillis());
            }
            // Compression and the kept dereferencing answers are placed in front of the servlets by Routes.server().
            return new TreatyGraphServer(fuseki, credentials.enabled(), search, routes.keptAnswers());
        }
    }
}
