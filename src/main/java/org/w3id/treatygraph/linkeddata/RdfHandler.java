package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;

/**
 * A document that is one RDF graph (VoID, the service description, the shapes, the ontology as data), in the
 * RDF syntax the extension names or {@code Accept} prefers, with validators from the store version.
 */
public final class RdfHandler implements Handler {
    private final StoreVersion version;
    private final List<Representation> offers;
    private final Function<IriRewriter, Graph> graph;

    /** @param graph the graph for a public base, its IRIs already in public form */
    public RdfHandler(StoreVersion version, List<Representation> offers, Function<IriRewriter, Graph> graph) {
        this.version = version;
        this.offers = List.copyOf(offers);
        this.graph = graph;
    }

    /** A named graph of the store, its IRIs rewritten to the public base. */
    public static RdfHandler ofNamedGraph(DatasetGraph dataset, StoreVersion version, Node graphName) {
        return new RdfHandler(version, Representation.RDF, rewriter -> {
            Graph shown = GraphFactory.createDefaultGraph();
            Txn.executeRead(dataset, () -> dataset.getGraph(graphName).find()
                    .forEachRemaining(t -> shown.add(rewriter.toPublic(t))));
            return shown;
        });
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        send(exchange, exchange.negotiateWithExtension(offers));
    }

    /** Sends the graph in {@code representation}, or 304 when the client's copy is current. */
    public void send(Exchange exchange, Representation representation) throws IOException {
        StoreVersion.Version current = version.current();
        IriRewriter rewriter = exchange.rewriter();
        String etag = HttpCaching.etag(current, exchange.request().getRequestURI(), representation.mediaType(),
                rewriter.publicBase());
        if (HttpCaching.notModified(exchange.request(), exchange.response(), etag, current)) {
            return;
        }
        Graph body = graph.apply(rewriter);
        exchange.send(200, representation.contentType(), out -> RdfDocumentWriter.write(body,
                Prefixes.rewritten(rewriter::toPublic), representation, out));
    }
}
