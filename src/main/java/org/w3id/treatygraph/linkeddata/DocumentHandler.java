package org.w3id.treatygraph.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.http.HttpField;
import org.w3id.treatygraph.http.Compression;
import org.w3id.treatygraph.http.ContentNegotiator;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.ResponseHeaders;
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
    /** The answer of {@code /id/} for a resource the store does not know. */
    private static final HttpField NOT_FOUND = ResponseHeaders.field("Location", "");

    private final DatasetGraph dataset;
    private final ResourceDescriber describer;
    private final StoreVersion version;
    private final DescriptionRenderer renderer;
    /** Documents of the current store version with their headers: rendering, not the store, is the cost of one. */
    private final DocumentCache<PreparedDocument> documents =
            new DocumentCache<>(64L * 1024 * 1024, PreparedDocument::weight);
    /** The answers of {@code /id/} of the current store version: the Location of a 303, or NOT_FOUND. */
    private final DocumentCache<HttpField> redirects = new DocumentCache<>(50_000, location -> 1);

    public DocumentHandler(DatasetGraph dataset, StoreVersion version, DocumentPages pages) {
        this.dataset = dataset;
        this.describer = new ResourceDescriber(dataset);
        this.version = version;
        this.renderer = new DescriptionRenderer(pages);
    }

    /** {@code /id/{path}}: 303 to the document, or 404 when the store knows nothing of the resource. */
    public void redirect(Exchange exchange) {
        long current = version.current().number();
        String key = exchange.rewriter().publicBase() + '\n' + exchange.rest();
        HttpField location = redirects.get(current, key);
        if (location == null) {
            location = locate(exchange);
            redirects.put(current, key, location);
        }
        if (location == NOT_FOUND) {
            throw notFound(IriRewriter.canonical("id/" + AskedDocument.Target.parse(exchange.rest()).path()));
        }
        exchange.response().setStatus(HttpServletResponse.SC_SEE_OTHER);
        ResponseHeaders.put(exchange.response(), location);
    }

    /** The {@code Location} of {@code /id/{rest}} under {@code base} if it is kept for the current version, else null. */
    HttpField keptLocation(String base, String rest) {
        HttpField location = redirects.get(version.current().number(), base + '\n' + rest);
        return location == NOT_FOUND ? null : location;
    }

    private HttpField locate(Exchange exchange) {
        AskedDocument.Target target = AskedDocument.Target.parse(exchange.rest());
        Node resource = NodeFactory.createURI(IriRewriter.canonical("id/" + target.path()));
        if (!Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, resource, Node.ANY, Node.ANY))) {
            return NOT_FOUND;
        }
        String extension = target.representation().map(r -> "." + r.extension()).orElse("");
        return ResponseHeaders.field("Location", exchange.rewriter().url("doc/" + target.path() + extension));
    }

    /** {@code /doc/{path}}: the description of {@code id/{path}}. */
    public void document(Exchange exchange) throws IOException {
        serve(exchange, AskedDocument.document(exchange.rest(), () -> exchange.negotiate(Representation.DOCUMENT)));
    }

    /** {@code /graph/{slug}}: the catalog's description of a named graph, served at its own IRI. */
    public void graph(Exchange exchange) throws IOException {
        serve(exchange, AskedDocument.graph(exchange.rest(), () -> exchange.negotiate(Representation.DOCUMENT)));
    }

    private void serve(Exchange exchange, AskedDocument asked) throws IOException {
        Representation representation = asked.representation();
        boolean keepGraphs = representation.keepsGraphs() && (!asked.negotiated() || asksForProvenance(exchange));
        if (representation.keepsGraphs()) {
            exchange.response().addHeader("Vary", "Accept-Profile");
        }
        StoreVersion.Version current = version.current();
        String variant = renderer.variant(asked.resource(), representation, exchange::parameter);
        String key = asked.key(exchange.rewriter().publicBase(), exchange.ownBase(), keepGraphs, variant);
        PreparedDocument document = documents.get(current.number(), key);
        if (document == null) {
            document = prepare(exchange, asked, keepGraphs, variant, current);
            documents.put(current.number(), key, document);
        }
        document.send(exchange.request(), exchange.response(), Compression.accepted(exchange.request()));
    }

    /**
     * The document a GET or HEAD of {@code /{route}{rest}} without query and without {@code Accept-Profile} gets if it
     * is kept for the current version, else null (also when nothing is acceptable: the servlet route answers 406).
     *
     * @param route "doc/" or "graph/"
     * @param base the public base, {@code ownBase} the base the request reached
     */
    KeptDocument keptDocument(String route, String rest, String accept, String base, String ownBase) {
        Supplier<Representation> negotiate = () -> ContentNegotiator.choose(accept, Representation.DOCUMENT).orElse(null);
        AskedDocument asked = route.equals("graph/") ? AskedDocument.graph(rest, negotiate) : AskedDocument.document(rest, negotiate);
        Representation representation = asked.representation();
        if (representation == null) {
            return null;
        }
        String variant = renderer.variant(asked.resource(), representation, parameter -> null);
        String key = asked.key(base, ownBase, representation.keepsGraphs() && !asked.negotiated(), variant);
        PreparedDocument document = documents.get(version.current().number(), key);
        return document == null ? null : new KeptDocument(document, asked.negotiated(), representation.keepsGraphs());
    }

    /** A kept document and the {@code Vary} its request adds: Accept when negotiated, Accept-Profile for quads. */
    record KeptDocument(PreparedDocument document, boolean variesByAccept, boolean variesByProfile) {}

    /** Describes and renders a document with its headers; 404 when the store knows nothing of the resource. */
    private PreparedDocument prepare(Exchange exchange, AskedDocument asked, boolean keepGraphs, String variant,
                                     StoreVersion.Version current) throws IOException {
        Node resource = asked.resource();
        DatasetGraph description = describer.describe(resource);
        if (description.isEmpty()) {
            throw notFound(resource.getURI());
        }
        Representation representation = asked.representation();
        IriRewriter rewriter = exchange.rewriter();
        String documentUrl = rewriter.url(asked.documentPath());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(exchange, resource, NodeFactory.createURI(IriRewriter.canonical(asked.documentPath())),
                representation, keepGraphs, description, PreparedDocument.alternates(documentUrl), out);
        String etag = HttpCaching.etag(current, asked.documentPath(), representation.mediaType(), rewriter.publicBase(),
                keepGraphs ? "graphs" : "flat", variant);
        return PreparedDocument.of(out.toByteArray(), HttpCaching.Validators.of(etag, current),
                rewriter.toPublic(resource.getURI()), documentUrl, representation,
                keepGraphs ? rewriter.toPublic(PROVENANCE_PROFILE) : null);
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
}
