package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.web.EditorPage;
import org.w3id.treatygraph.web.HomePage;
import org.w3id.treatygraph.web.OntologyPage;
import org.w3id.treatygraph.web.PageRenderer;

/**
 * The linked-data layer, as a servlet filter in front of Fuseki's dispatch: it answers the paths of the
 * IRI scheme and the pages for people, and passes everything else (the SPARQL protocol, the Graph Store
 * Protocol) on to Fuseki. Only GET and HEAD are answered here; other methods go on to Fuseki.
 */
public final class LinkedDataFilter implements Filter {
    private static final Map<String, String> STATIC_TYPES = Map.of("css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml");
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** A Host header that can safely go into IRIs: a name or address and an optional port. */
    private static final Pattern VALID_HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[A-Za-z0-9.\\-]+:[0-9]{1,5}");

    private final DatasetGraph dataset;
    private final StoreVersion version;
    private final String configuredBase;
    private final List<ExampleQuery> examples;
    private final PageRenderer pages = new PageRenderer();
    private final DocumentHandler documents;

    /**
     * @param configuredBase the public base IRI ending in "/", or null to answer on the base each request
     *                       was made to (scheme and Host header)
     */
    public LinkedDataFilter(DatasetGraph dataset, StoreVersion version, String configuredBase, List<ExampleQuery> examples) {
        this.dataset = dataset;
        this.version = version;
        this.configuredBase = configuredBase;
        this.examples = List.copyOf(examples);
        this.documents = new DocumentHandler(dataset, version, pages);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if ("OPTIONS".equals(method) && isOurs(path)) {
            preflight(response);
            return;
        }
        if (!read || !isOurs(path) || isProtocolRequest(request, path)) {
            chain.doFilter(req, res);
            return;
        }
        Exchange exchange = new Exchange(request, response, new IriRewriter(publicBase(request)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            route(exchange, path);
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
                exchange.sendText(500, "The server could not answer this request: " + e.getMessage());
            }
        }
    }

    private static boolean isOurs(String path) {
        return path.equals("/") || path.startsWith("/id/") || path.startsWith("/doc/") || path.startsWith("/graph/")
                || path.startsWith("/ontology") || path.startsWith("/shapes") || path.startsWith("/static/")
                || path.startsWith("/download/") || path.startsWith("/.well-known/void") || path.equals("/editor")
                || path.equals("/context.jsonld") || path.equals("/sparql");
    }

    /** A GET on /sparql with a query (or a Graph Store request) belongs to Fuseki. */
    private static boolean isProtocolRequest(HttpServletRequest request, String path) {
        return path.equals("/sparql") && request.getParameter("query") != null
                || path.equals("/") && (request.getParameter("query") != null || request.getParameter("graph") != null
                || request.getParameter("default") != null);
    }

    private void route(Exchange exchange, String path) throws IOException {
        if (path.equals("/")) {
            html(exchange, "home", e -> HomePage.build(dataset, e.rewriter().publicBase()));
        } else if (path.startsWith("/id/")) {
            documents.redirect(exchange, path.substring("/id/".length()));
        } else if (path.startsWith("/doc/")) {
            documents.document(exchange, path.substring("/doc/".length()));
        } else if (path.startsWith("/graph/")) {
            documents.graph(exchange, path.substring("/graph/".length()));
        } else if (path.equals("/sparql")) {
            serviceDescription(exchange);
        } else if (path.equals("/editor")) {
            EditorPage page = EditorPage.build(exchange.request().getParameter("query"), examples, dataset,
                    exchange.rewriter());
            exchange.send(page.error == null ? 200 : 400, Representation.HTML.contentType(),
                    out -> pages.render("editor", exchange.site(), page, out));
        } else if (path.startsWith("/ontology")) {
            ontology(exchange, path.substring("/ontology".length()));
        } else if (path.startsWith("/shapes")) {
            graphFile(exchange, TG.SHAPES_GRAPH, path.substring("/shapes".length()));
        } else if (path.startsWith("/.well-known/void")) {
            rdf(exchange, path.substring("/.well-known/void".length()),
                    e -> DatasetDescription.voidDescription(dataset, e.rewriter()));
        } else if (path.equals("/context.jsonld")) {
            jsonLdContext(exchange);
        } else if (path.startsWith("/download/")) {
            download(exchange, path.substring("/download/".length()));
        } else {
            staticFile(exchange, path.substring("/static/".length()));
        }
    }

    private void html(Exchange exchange, String template, Function<Exchange, Object> model) throws IOException {
        exchange.send(200, Representation.HTML.contentType(),
                out -> pages.render(template, exchange.site(), model.apply(exchange), out));
    }

    /** {@code /ontology}: documentation for people, the ontology graph for machines (hash IRIs: no 303). */
    private void ontology(Exchange exchange, String suffix) throws IOException {
        Optional<Representation> chosen = negotiate(exchange, suffix, Representation.DOCUMENT);
        if (chosen.isEmpty()) {
            return;
        }
        if (chosen.get().isHtml()) {
            html(exchange, "ontology", e -> OntologyPage.build(dataset, e.rewriter()));
        } else {
            sendGraph(exchange, chosen.get(), copyOf(TG.ONTOLOGY_GRAPH), true);
        }
    }

    private void graphFile(Exchange exchange, Node graph, String suffix) throws IOException {
        Optional<Representation> chosen = negotiate(exchange, suffix, Representation.RDF);
        if (chosen.isPresent()) {
            sendGraph(exchange, chosen.get(), copyOf(graph), true);
        }
    }

    private void serviceDescription(Exchange exchange) throws IOException {
        List<Representation> offers = Representation.RDF;
        Optional<Representation> html = ContentNegotiator.choose(exchange.accept(),
                List.of(Representation.HTML, Representation.TURTLE)).filter(Representation::isHtml);
        if (html.isPresent()) {
            exchange.redirect(HttpServletResponse.SC_SEE_OTHER, exchange.rewriter().url("editor"));
            return;
        }
        rdf(exchange, "", e -> DatasetDescription.serviceDescription(dataset, e.rewriter()), offers);
    }

    private void rdf(Exchange exchange, String suffix, Function<Exchange, Graph> graph) throws IOException {
        rdf(exchange, suffix, graph, Representation.RDF);
    }

    private void rdf(Exchange exchange, String suffix, Function<Exchange, Graph> graph,
                     List<Representation> offers) throws IOException {
        Optional<Representation> chosen = negotiate(exchange, suffix, offers);
        if (chosen.isPresent()) {
            sendGraph(exchange, chosen.get(), graph.apply(exchange), false);
        }
    }

    /** A format from an explicit extension (".ttl"), or else from the Accept header; 404/406 when neither fits. */
    private Optional<Representation> negotiate(Exchange exchange, String suffix, List<Representation> offers)
            throws IOException {
        if (suffix.startsWith(".")) {
            Optional<Representation> explicit = Representation.forExtension(suffix.substring(1), offers);
            if (explicit.isEmpty()) {
                exchange.sendText(404, "No such format: " + suffix + ". Available: " + offers.stream()
                        .map(r -> "." + r.extension()).collect(Collectors.joining(", ")));
            }
            return explicit;
        }
        if (!suffix.isEmpty()) {
            exchange.sendText(404, "Not found: " + exchange.request().getRequestURI());
            return Optional.empty();
        }
        return exchange.negotiate(offers);
    }

    private void sendGraph(Exchange exchange, Representation representation, Graph graph, boolean rewrite)
            throws IOException {
        StoreVersion.Version current = version.current();
        String etag = HttpCaching.etag(current, exchange.request().getRequestURI(), representation.mediaType(),
                exchange.rewriter().publicBase());
        if (HttpCaching.notModified(exchange.request(), exchange.response(), etag, current)) {
            return;
        }
        IriRewriter rewriter = exchange.rewriter();
        Graph shown = graph;
        if (rewrite) {
            shown = GraphFactory.createDefaultGraph();
            Graph target = shown;
            graph.find().forEachRemaining(t -> target.add(rewriter.toPublic(t)));
        }
        Graph body = shown;
        exchange.send(200, representation.contentType(), out -> RdfDocumentWriter.write(body,
                Prefixes.rewritten(rewriter::toPublic), representation, out));
    }

    private Graph copyOf(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getGraph(graphName).find().forEachRemaining(copy::add));
        return copy;
    }

    /** The JSON-LD context that JSON-LD documents are compacted with: the prefixes, in their public form. */
    private void jsonLdContext(Exchange exchange) throws IOException {
        String entries = Prefixes.rewritten(exchange.rewriter()::toPublic).getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "    \"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(",\n"));
        exchange.send(200, "application/ld+json;charset=utf-8",
                out -> out.write(("{\n  \"@context\": {\n" + entries + "\n  }\n}\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Dumps of the whole dataset with canonical IRIs, streamed from a read transaction. */
    private void download(Exchange exchange, String name) throws IOException {
        RDFFormat format = switch (name) {
            case "treatygraph.trig.gz" -> RDFFormat.TRIG_BLOCKS;
            case "treatygraph.nq.gz" -> RDFFormat.NQUADS;
            default -> null;
        };
        if (format == null) {
            exchange.sendText(404, "No such download: " + name + ". Available: treatygraph.trig.gz, treatygraph.nq.gz");
            return;
        }
        StoreVersion.Version current = version.current();
        if (HttpCaching.notModified(exchange.request(), exchange.response(), HttpCaching.etag(current, name), current)) {
            return;
        }
        exchange.response().setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.send(200, "application/gzip", out -> {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, format, null);
                Txn.executeRead(dataset, () -> {
                    writer.start();
                    Prefixes.standard().getNsPrefixMap().forEach(writer::prefix);
                    StreamRDFOps.sendQuadsToStream(dataset.find(), writer);
                    writer.finish();
                });
            }
        });
    }

    private void staticFile(Exchange exchange, String name) throws IOException {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        InputStream in = name.contains("..") || !STATIC_TYPES.containsKey(extension) ? null
                : LinkedDataFilter.class.getResourceAsStream("/static/" + name);
        if (in == null) {
            exchange.sendText(404, "Not found: /static/" + name);
            return;
        }
        try (in) {
            byte[] content = in.readAllBytes();
            exchange.response().setHeader("Cache-Control", "public, max-age=3600");
            exchange.send(200, STATIC_TYPES.get(extension), (OutputStream out) -> out.write(content));
        }
    }

    private static void preflight(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
        response.setHeader("Access-Control-Max-Age", "86400");
    }

    private String publicBase(HttpServletRequest request) {
        if (configuredBase != null) {
            return configuredBase;
        }
        String host = request.getHeader("Host");
        if (host == null || !VALID_HOST.matcher(host).matches()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host + request.getContextPath() + "/";
    }
}
