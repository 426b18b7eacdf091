package org.w3id.treatygraph.web;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.linkeddata.RdfHandler;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.TG;

/** {@code /ontology}: documentation for people, the ontology graph for machines (hash IRIs: no 303). */
public final class OntologyHandler implements Handler {
    private final DatasetGraph dataset;
    private final PageRenderer pages;
    private final RdfHandler rdf;

    public OntologyHandler(DatasetGraph dataset, StoreVersion version, PageRenderer pages) {
        this.dataset = dataset;
        this.pages = pages;
        this.rdf = RdfHandler.ofNamedGraph(dataset, version, TG.ONTOLOGY_GRAPH);
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        Representation chosen = exchange.negotiateWithExtension(Representation.DOCUMENT);
        if (chosen.isHtml()) {
            exchange.send(200, Representation.HTML.contentType(), out -> pages.render("ontology",
                    PageRenderer.Site.of(exchange),
                    OntologyPage.build(dataset, exchange.rewriter()), out));
        } else {
            rdf.send(exchange, chosen);
        }
    }
}
