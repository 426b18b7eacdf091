package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * Dereferencing, after the W3C "Cool URIs" note: {@code /id/X} (a thing) answers {@code 303 See Other} to
 * {@code /doc/X} (the document about it), which serves the description by content negotiation, and
 * {@code /doc/X.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .trig}, {@code .nq}, {@code .html}
 * serve one format each. Graph IRIs ({@code /graph/G}) are documents themselves and are served in place.
 */
public final class DocumentHandler {
    /**
     * The profile of quad documents that keep each statement in the named graph of its source; without it, a
     * negotiated TriG or N-Quads document has everything in the default graph, where triple clients look.
     * The {@code .trig} and {@code .nq} URLs always keep the graphs.
     */
    public static final String PROVENANCE_PROFILE = TG.BASE + "profile/provenance";

    private final DatasetGraph dataset;
    private final ResourceDescriber describer;
    private final StoreVersion version;
    private final DescriptionRenderer renderer;
    /** Rendered documents of the current store version: rendering, not the store, is the cost of a document. */
    private final DocumentCache cache = new DocumentCache(64L * 1024 * 1024);

    public DocumentHandler(DatasetGraph dataset, StoreVersion version, DocumentPages pages) {
        this.dataset = dataset;
        this.describer = new ResourceDescriber(dataset);
        this.version = version;
        this.renderer = new DescriptionRenderer(pages);
    }

    /** {@code /id/{path}}: 303 to the document, or 404 when the store knows nothing of the resource. */
    public void redirect(Exchange exchange) {
        Target target = Target.parse(exchange.rest());
        String resource = IriRewriter.canonical("id/" + target.path());
        if (!Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, NodeFactory.createURI(resource), Node.ANY, Node.ANY))) {
            throw notFound(resource);
        }
        String extension = target.representation().map(r -> "." + r.extension()).orElse("");
        exchange.redirect(HttpServletResponse.SC_SEE_OTHER, exchange.rewriter().url("doc/" + target.path() + extension));
    }

    /** {@code /doc/{path}}: the description of {@code id/{path}}. */
    public void document(Exchange exchange) throws IOException {
        Target target = Target.parse(exchange.rest());
        serve(exchange, "id/" + target.path(), "doc/" + target.path(), target.representation());
    }

    /** {@code /graph/{slug}}: the catalog's description of a named graph, served at its own IRI. */
    public void graph(Exchange exchange) throws IOException {
        Target target = Target.parse(exchange.rest());
        serve(exchange, "graph/" + target.path(), "graph/" + target.path(), target.representation());
    }

    private void serve(Exchange exchange, String resourcePath, String documentPath,
                       Optional<Representation> explicit) throws IOException {
        Node resource = NodeFactory.createURI(IriRewriter.canonical(resourcePath));
        IriRewriter rewriter = exchange.rewriter();
        HttpServletResponse response = exchange.response();
        Representation representation = explicit.orElseGet(() -> exchange.negotiate(Representation.DOCUMENT));
        boolean keepGraphs = representation.keepsGraphs() && (explicit.isPresent() || asksForProvenance(exchange));
        if (representation.keepsGraphs()) {
            response.addHeader("Vary", "Accept-Profile");
            if (keepGraphs) {
                response.setHeader("Content-Profile", "<" + rewriter.toPublic(PROVENANCE_PROFILE) + ">");
            }
        }
        StoreVersion.Version current = version.current();
        String etag = HttpCaching.etag(current, documentPath, representation.mediaType(), rewriter.publicBase(),
                keepGraphs ? "graphs" : "flat", renderer.variant(exchange, resource, representation));
        Optional<byte[]> cached = cache.get(current.number(), etag);
        DatasetGraph description = cached.isPresent() ? null : describer.describe(resource);
        if (description != null && description.isEmpty()) {
            throw notFound(resource.getURI());
        }
        String documentUrl = rewriter.url(documentPath);
        List<Link> alternates = alternates(documentUrl);
        response.setHeader("Content-Location", documentUrl + "." + representation.extension());
        response.setHeader("Link", linkHeader(rewriter.toPublic(resource.getURI()), alternates));
        if (HttpCaching.notModified(exchange.request(), response, etag, current)) {
            return;
        }
        byte[] body;
        if (cached.isPresent()) {
            body = cached.get();
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(exchange, resource, NodeFactory.createURI(IriRewriter.canonical(documentPath)),
                    representation, keepGraphs, description, alternates, out);
            body = out.toByteArray();
        }
        cache.put(current.number(), etag, body);
        exchange.send(200, representation.contentType(), body);
    }

    /**
     * True when the client names the provenance profile in {@code Accept-Profile} (the W3C Content Negotiation
     * by Profile draft): it then gets each statement in the named graph of its source.
     */
    private static boolean asksForProvenance(Exchange exchange) {
        String profiles = exchange.request().getHeader("Accept-Profile");
        return profiles != null && (profiles.contains(PROVENANCE_PROFILE)
                || profiles.contains(exchange.rewriter().toPublic(PROVENANCE_PROFILE)));
    }

    private static HttpError notFound(String iri) {
        return HttpError.notFound("TreatyGraph has no resource " + iri + ". Check the identifier against the patterns"
                + " in the documentation, start from the home page, or search with the SPARQL endpoint.");
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
        StringBuilder header = new StringBuilder("<" + resourceIri + ">; rel=\"about\", <" + DescriptionRenderer.LICENSE
                + ">; rel=\"license\"");
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
