package org.w3id.treatygraph.server;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.crosswalk.CrosswalkDownloads;
import org.eclipse.jetty.server.Server;
import org.w3id.treatygraph.http.Compression;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.LazyServlet;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.RouteServlet;
import org.w3id.treatygraph.linkeddata.DatasetDescription;
import org.w3id.treatygraph.linkeddata.DocumentHandler;
import org.w3id.treatygraph.linkeddata.DownloadHandler;
import org.w3id.treatygraph.linkeddata.JsonLdContextHandler;
import org.w3id.treatygraph.linkeddata.KeptAnswers;
import org.w3id.treatygraph.linkeddata.PublicGraphStoreRead;
import org.w3id.treatygraph.linkeddata.RdfHandler;
import org.w3id.treatygraph.linkeddata.ServiceDescriptionHandler;
import org.w3id.treatygraph.mcp.McpEndpoint;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.query.QueryAdmission;
import org.w3id.treatygraph.query.QueryOperation;
import org.w3id.treatygraph.query.QueryRequests;
import org.w3id.treatygraph.search.FindHandler;
import org.w3id.treatygraph.search.Search;
import org.w3id.treatygraph.search.SearchHandler;
import org.w3id.treatygraph.search.SearchIndex;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.web.CrosswalkHandler;
import org.w3id.treatygraph.web.EditorHandler;
import org.w3id.treatygraph.web.EditorTermsHandler;
import org.w3id.treatygraph.web.HomeHandler;
import org.w3id.treatygraph.web.OntologyHandler;
import org.w3id.treatygraph.web.PageHandler;
import org.w3id.treatygraph.web.PageRenderer;
import org.w3id.treatygraph.web.ResourcePages;
import org.w3id.treatygraph.web.SignatoriesPage;
import org.w3id.treatygraph.web.SourcesPage;
import org.w3id.treatygraph.web.StaticHandler;
import org.w3id.treatygraph.web.StatusFeeds;
import org.w3id.treatygraph.web.StatusHandler;
import org.w3id.treatygraph.web.WorldMapHandler;

/**
 * Every URL the server answers, in one table. The dataset is Fuseki's, mounted at the root, so its
 * operations need no dataset name in the path; the write operations ({@code /update}, writes to
 * {@code /data}, {@code /validate}) come from {@link org.w3id.treatygraph.write.WriteModule}. Everything else
 * is a {@link Handler} for GET and HEAD behind a {@link RouteServlet}; {@code /} and {@code /sparql} without a
 * query, which Fuseki's dispatch would claim, go to theirs through {@link ContestedPaths}.
 */
public final class Routes implements FusekiModule {
    /** The dataset's name in Fuseki: the root. */
    public static final String DATASET = "/";
    public static final String SPARQL = "/sparql";
    public static final String GRAPH_STORE = "/get";
    public static final String HEALTH = "/health";

    private final DatasetGraph dataset;
    private final StoreVersion version;
    private final List<ExampleQuery> examples;
    private final Limits limits;
    private final PublicBase base;
    private final ErrorResponder errors;
    private final SearchIndex search;
    private final PageRenderer pages = new PageRenderer();
    private final DocumentHandler documents;
    private final KeptAnswers kept;

    public Routes(DatasetGraph dataset, StoreVersion version, List<ExampleQuery> examples, Limits limits,
                  PublicBase base, ErrorResponder errors, SearchIndex search) {
        this.dataset = dataset;
        this.version = version;
        this.examples = List.copyOf(examples);
        this.limits = limits;
        this.base = base;
        this.errors = errors;
        this.search = search;
        this.documents = new DocumentHandler(dataset, version, new ResourcePages(dataset, pages));
        this.kept = new KeptAnswers(documents, base);
    }

    /** The dereferencing answers given before the servlet layer. */
    KeptAnswers keptAnswers() {
        return kept;
    }

    @Override
    public String name() {
        return "TreatyGraph routes";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // Fuseki's own operations on the dataset: queries under the server's limits, and queries and Graph Store
        // reads on the server's one identity (IRIs under its public base).
        QueryAdmission admission = new QueryAdmission(limits);
        builder.registerOperation(Operation.Query, new QueryOperation(limits, admission, base, errors))
                .registerOperation(Operation.GSP_R, new PublicGraphStoreRead(base))
                .addFilter("/*", new QueryRequests(limits, errors))
                .addOperation(DATASET, Operation.Query)                  // /?query=
                .addOperation(DATASET, Operation.GSP_R)                 // /?graph=IRI, /?default
                .addEndpoint(DATASET, "sparql", Operation.Query)        // /sparql?query=
                .addEndpoint(DATASET, "query", Operation.Query)         // /query?query=
                .addEndpoint(DATASET, "get", Operation.GSP_R);          // /get?graph=IRI
        // Linked data and pages; what /id/, /doc/ and /graph/ keep is also answered before the servlets (server()).
        prefix(builder, "/id/", documents::redirect);
        prefix(builder, "/doc/", documents::document);
        prefix(builder, "/graph/", documents::graph);
        withExtensions(builder, "/ontology", Representation.DOCUMENT, new OntologyHandler(dataset, version, pages));
        withExtensions(builder, "/shapes", Representation.RDF, RdfHandler.ofNamedGraph(dataset, version, TG.SHAPES_GRAPH));
        withExtensions(builder, "/.well-known/void", Representation.RDF, new RdfHandler(version, Representation.RDF,
                rewriter -> DatasetDescription.voidDescription(dataset, rewriter)));
        exact(builder, "/editor", new EditorHandler(dataset, examples, limits, admission, pages));
        exact(builder, "/editor/terms.json", new EditorTermsHandler(dataset, version));
        exact(builder, "/map/world.svg", new WorldMapHandler(dataset, pages));
        exact(builder, "/search", new SearchHandler(new Search(dataset, search), pages));
        exact(builder, "/find", new FindHandler(dataset, pages));
        exact(builder, "/sources", new PageHandler("sources", pages,
                exchange -> SourcesPage.build(dataset, exchange.rewriter())));
        exact(builder, "/signatories", new PageHandler("signatories", pages,
                exchange -> SignatoriesPage.build(dataset, exchange.rewriter(), exchange.parameter("sort"))));
        exact(builder, "/context.jsonld", new JsonLdContextHandler());
        prefix(builder, "/download/", new DownloadHandler(dataset, version, CrosswalkDownloads.of(dataset)));
        prefix(builder, "/static/", new StaticHandler());
        exact(builder, HEALTH, new HealthHandler(dataset));
        // Legal status (issue 16): on a date, between two dates, the changes imports recorded, as feeds.
        StatusHandler status = new StatusHandler(dataset, pages);
        withExtensions(builder, "/status", StatusHandler.OFFERS, status::status);
        withExtensions(builder, "/status/diff", StatusHandler.OFFERS, status::diff);
        withExtensions(builder, "/changes", StatusHandler.JSON_ONLY, status::changes);
        // Cross-referencing (issue 17): what a State already owes under the older treaties.
        withExtensions(builder, "/crosswalk", CrosswalkHandler.OFFERS, new CrosswalkHandler(dataset, pages)::handle);
        StatusFeeds feeds = new StatusFeeds(dataset, version);
        exact(builder, "/feed/status.atom", feeds::all);
        prefix(builder, "/feed/state/", feeds::ofState);
        // The Model Context Protocol endpoint (issue 15): the same store, search and query limits, for AI agents; built at
        // its first request (the SDK and its libraries are a large part of a start).
        builder.addServlet(McpEndpoint.PATH, new LazyServlet(() -> new McpEndpoint(dataset, search, limits, admission,
                base, Objects.requireNonNullElse(Routes.class.getPackage().getImplementationVersion(), "development"))
                .servlet()));
        // Contested with Fuseki's dispatch: the home page at "/", the service description at "/sparql".
        builder.addFilter("/*", new ContestedPaths(route("/", new HomeHandler(dataset, pages)),
                route(SPARQL, new ServiceDescriptionHandler(dataset, version))));
    }

    /**
     * In front of Fuseki's servlet context, Jetty's compression, and before it the kept dereferencing answers, which
     * carry their own compressed bytes: Server → KeptAnswers → GzipHandler → Fuseki's servlet context.
     */
    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        jetty.insertHandler(Compression.handler());
        jetty.insertHandler(kept);
    }

    private void prefix(FusekiServer.Builder builder, String prefix, Handler handler) {
        builder.addServlet(prefix + "*", route(prefix, handler));
    }

    private void exact(FusekiServer.Builder builder, String path, Handler handler) {
        builder.addServlet(path, route(path, handler));
    }

    /** {@code path} and {@code path.ext} for the extension of each representation. */
    private void withExtensions(FusekiServer.Builder builder, String path, List<Representation> offers, Handler handler) {
        RouteServlet servlet = route(path, handler);
        builder.addServlet(path, servlet);
        offers.forEach(r -> builder.addServlet(path + "." + r.extension(), servlet));
    }

    private RouteServlet route(String prefix, Handler handler) {
        return new RouteServlet(prefix, handler, base, errors);
    }
}
