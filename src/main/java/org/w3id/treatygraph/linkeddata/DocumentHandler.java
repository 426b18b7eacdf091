package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.web.ArticleNavigation;
import org.w3id.treatygraph.web.Labels;
import org.w3id.treatygraph.web.Link;
import org.w3id.treatygraph.web.MessagePage;
import org.w3id.treatygraph.web.PageRenderer;
import org.w3id.treatygraph.web.ResourcePage;

/**
 * Dereferencing, after the W3C "Cool URIs" note: {@code /id/X} (a thing) answers {@code 303 See Other} to
 * {@code /doc/X} (the document about it), which serves the description by content negotiation, and
 * {@code /doc/X.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .trig}, {@code .nq}, {@code .html}
 * serve one format each. Graph IRIs ({@code /graph/G}) are documents themselves and are served in place.
 */
final class DocumentHandler {
    private static final Node FOAF_DOCUMENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Document");
    private static final Node FOAF_PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node ARTICLE = TG.term("Article");
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private final DatasetGraph dataset;
    private final ResourceDescriber describer;
    private final StoreVersion version;
    private final PageRenderer pages;
    /** Rendered documents of the current store version: rendering, not the store, is the cost of a document. */
    private final DocumentCache cache = new DocumentCache(64L * 1024 * 1024);

    DocumentHandler(DatasetGraph dataset, StoreVersion version, PageRenderer pages) {
        this.dataset = dataset;
        this.describer = new ResourceDescriber(dataset);
        this.version = version;
        this.pages = pages;
    }

    /** {@code /id/{path}}: 303 to the document, or 404 when the store knows nothing of the resource. */
    void redirect(Exchange exchange, String path) throws IOException {
        Target target = Target.parse(path);
        if (!exists(NodeFactory.createURI(IriRewriter.canonical("id/" + target.path())))) {
            notFound(exchange, "id/" + path);
            return;
        }
        String extension = target.representation().map(r -> "." + r.extension()).orElse("");
        exchange.redirect(HttpServletResponse.SC_SEE_OTHER, exchange.rewriter().url("doc/" + target.path() + extension));
    }

    /** {@code /doc/{path}}: the description of {@code id/{path}}. */
    void document(Exchange exchange, String path) throws IOException {
        Target target = Target.parse(path);
        serve(exchange, "id/" + target.path(), "doc/" + target.path(), target.representation());
    }

    /** {@code /graph/{slug}}: the catalog's description of a named graph, served at its own IRI. */
    void graph(Exchange exchange, String slug) throws IOException {
        Target target = Target.parse(slug);
        serve(exchange, "graph/" + target.path(), "graph/" + target.path(), target.representation());
    }

    private void serve(Exchange exchange, String resourcePath, String documentPath,
                       Optional<Representation> explicit) throws IOException {
        Node resource = NodeFactory.createURI(IriRewriter.canonical(resourcePath));
        IriRewriter rewriter = exchange.rewriter();
        HttpServletResponse response = exchange.response();
        Optional<Representation> chosen = explicit.isPresent() ? explicit : exchange.negotiate(Representation.DOCUMENT);
        if (chosen.isEmpty()) {
            return;
        }
        Representation representation = chosen.get();
        StoreVersion.Version current = version.current();
        String etag = HttpCaching.etag(current, documentPath, representation.mediaType(), rewriter.publicBase());
        Optional<byte[]> cached = cache.get(current.number(), etag);
        DatasetGraph description = cached.isPresent() ? null : describer.describe(resource);
        if (description != null && description.isEmpty()) {
            notFound(exchange, resourcePath);
            return;
        }
        String documentUrl = rewriter.url(documentPath);
        List<Link> alternates = alternates(documentUrl);
        response.setHeader("Content-Location", documentUrl + "." + representation.extension());
        response.setHeader("Link", linkHeader(rewriter.toPublic(resource.getURI()), alternates));
        if (HttpCaching.notModified(exchange.request(), response, etag, current)) {
            return;
        }
        byte[] body = cached.isPresent() ? cached.get() : render(exchange, resource, documentPath, representation,
                description, alternates);
        cache.put(current.number(), etag, body);
        exchange.send(200, representation.contentType(), out -> out.write(body));
    }

    private byte[] render(Exchange exchange, Node resource, String documentPath, Representation representation,
                          DatasetGraph description, List<Link> alternates) throws IOException {
        IriRewriter rewriter = exchange.rewriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (representation.isHtml()) {
            Labels labels = new Labels(description, Prefixes.standard());
            SourceCatalog catalog = new SourceCatalog(dataset);
            List<Link> context = description.contains(Node.ANY, resource, RDF.type.asNode(), ARTICLE)
                    ? ArticleNavigation.of(resource, dataset, rewriter) : List.of();
            ResourcePage page = ResourcePage.build(resource, description, rewriter, labels,
                    graph -> catalog.link(graph, rewriter), alternates, context);
            pages.render("resource", exchange.site(), page, out);
        } else {
            Graph about = documentMetadata(NodeFactory.createURI(IriRewriter.canonical(documentPath)), resource, description);
            RdfDocumentWriter.write(description, about, representation, rewriter, out);
        }
        return out.toByteArray();
    }

    /** Statements about the document itself: what it is about, its licence, the graphs it draws on. */
    private static Graph documentMetadata(Node document, Node resource, DatasetGraph description) {
        Graph about = GraphFactory.createDefaultGraph();
        about.add(document, RDF.type.asNode(), FOAF_DOCUMENT);
        about.add(document, FOAF_PRIMARY_TOPIC, resource);
        about.add(document, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE));
        description.listGraphNodes().forEachRemaining(graph -> about.add(document, PROV_DERIVED, graph));
        return about;
    }

    private boolean exists(Node resource) {
        return Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, resource, Node.ANY, Node.ANY));
    }

    private void notFound(Exchange exchange, String path) throws IOException {
        String iri = IriRewriter.canonical(path);
        String message = "TreatyGraph has no resource " + iri + ". Check the identifier against the patterns in the"
                + " documentation, start from the home page, or search with the SPARQL endpoint.";
        if (ContentNegotiator.choose(exchange.accept(), List.of(Representation.HTML, Representation.TURTLE))
                .filter(Representation::isHtml).isPresent()) {
            exchange.send(404, Representation.HTML.contentType(), out -> pages.render("message", exchange.site(),
                    new MessagePage("Not found", message, List.of(
                            Link.of("Home page", exchange.rewriter().url("")),
                            Link.of("The UN Convention against Cybercrime", exchange.rewriter().url("id/treaty/un-cybercrime-convention")),
                            Link.of("SPARQL query editor", exchange.rewriter().url("editor")))), out));
        } else {
            exchange.sendText(404, message);
        }
    }

    private static List<Link> alternates(String documentUrl) {
        List<Link> links = new ArrayList<>();
        for (Representation representation : Representation.DOCUMENT) {
            String name = representation.isHtml() ? "HTML" : representation.lang().getLabel();
            links.add(new Link(name, documentUrl + "." + representation.extension(), representation.mediaType()));
        }
        return links;
    }

    private static String linkHeader(String resourceIri, List<Link> alternates) {
        StringBuilder header = new StringBuilder("<" + resourceIri + ">; rel=\"about\", <" + LICENSE + ">; rel=\"license\"");
        for (Link alternate : alternates) {
            header.append(", <").append(alternate.href()).append(">; rel=\"alternate\"; type=\"")
                    .append(alternate.title()).append('"');
        }
        return header.toString();
    }

    /** A path with an optional format extension, e.g. "treaty/x/article/16.ttl". */
    private record Target(String path, Optional<Representation> representation) {
        static Target parse(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Optional<Representation> representation =
                        Representation.forExtension(path.substring(dot + 1), Representation.DOCUMENT);
                if (representation.isPresent()) {
                    return new Target(path.substring(0, dot), representation);
                }
            }
            return new Target(path, Optional.empty());
        }
    }
}
