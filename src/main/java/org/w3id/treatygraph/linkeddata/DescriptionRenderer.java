package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Renders a resource description: as an HTML page through {@link DocumentPages}, or as RDF with statements
 * about the document itself (what it is about, its licence, the graphs it draws on).
 */
final class DescriptionRenderer {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private final DocumentPages pages;

    DescriptionRenderer(DocumentPages pages) {
        this.pages = pages;
    }

    /** What an HTML page depends on besides the store version and the path; empty for RDF. */
    String variant(Node resource, Representation representation, UnaryOperator<String> parameters) {
        return representation.isHtml() ? pages.variant(resource, parameters) : "";
    }

    void render(Exchange exchange, Node resource, Node document, Representation representation, boolean keepGraphs,
                DatasetGraph description, List<Link> alternates, OutputStream out) throws IOException {
        if (representation.isHtml()) {
            pages.write(exchange, resource, description, alternates, out);
        } else {
            RdfDocumentWriter.write(description, documentMetadata(document, resource, description), representation,
                    exchange.rewriter(), keepGraphs, out);
        }
    }

    private static Graph documentMetadata(Node document, Node resource, DatasetGraph description) {
        Graph about = GraphFactory.createDefaultGraph();
        about.add(document, RDF.type.asNode(), FOAF.Document.asNode());
        about.add(document, FOAF.primaryTopic.asNode(), resource);
        about.add(document, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE));
        description.listGraphNodes().forEachRemaining(graph -> about.add(document, Vocab.PROV_WAS_DERIVED_FROM, graph));
        return about;
    }
}
