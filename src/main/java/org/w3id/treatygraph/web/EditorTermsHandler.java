package org.w3id.treatygraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;

/**
 * {@code /editor/terms.json}: what the query editor completes, from this server only (never an outside service):
 * the project's prefixes, and the classes and properties graph/ontology declares, each with its label, on the
 * server's public base, with the canonical IRI beside it when that differs (the competency questions declare the
 * canonical namespaces, which the server accepts too).
 * {@code {"prefixes": {"tg": "…"}, "classes": [{"iri", "canonical"?, "label"}], "properties": […]}}.
 */
public final class EditorTermsHandler implements Handler {
    private static final List<Node> CLASS_TYPES = List.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final List<Node> PROPERTY_TYPES = List.of(OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    private final DatasetGraph dataset;
    private final StoreVersion version;

    public EditorTermsHandler(DatasetGraph dataset, StoreVersion version) {
        this.dataset = dataset;
        this.version = version;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        IriRewriter rewriter = exchange.rewriter();
        StoreVersion.Version current = version.current();
        String etag = HttpCaching.etag(current, "editor-terms", rewriter.publicBase());
        if (HttpCaching.notModified(exchange.request(), exchange.response(), etag, current)) {
            return;
        }
        JsonObject body = new JsonObject();
        JsonObject prefixes = new JsonObject();
        new TreeMap<>(Prefixes.rewritten(rewriter::toPublic).getNsPrefixMap()).forEach(prefixes::put);
        body.put("prefixes", prefixes);
        Txn.executeRead(dataset, () -> {
            body.put("classes", terms(CLASS_TYPES, rewriter));
            body.put("properties", terms(PROPERTY_TYPES, rewriter));
        });
        exchange.send(200, "application/json;charset=utf-8", JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The named terms of graph/ontology typed as one of {@code types}, by IRI. */
    private JsonArray terms(List<Node> types, IriRewriter rewriter) {
        Map<String, String> labels = new TreeMap<>();
        for (Node type : types) {
            dataset.stream(TG.ONTOLOGY_GRAPH, Node.ANY, RDF.type.asNode(), type).map(Quad::getSubject)
                    .filter(Node::isURI).forEach(term -> labels.put(term.getURI(), label(term)));
        }
        JsonArray array = new JsonArray();
        labels.forEach((iri, label) -> {
            JsonObject term = new JsonObject();
            term.put("iri", rewriter.toPublic(iri));
            if (!rewriter.isIdentity()) {
                term.put("canonical", iri);
            }
            term.put("label", label);
            array.add(term);
        });
        return array;
    }

    private String label(Node term) {
        return dataset.stream(TG.ONTOLOGY_GRAPH, term, RDFS.label.asNode(), Node.ANY).map(Quad::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }
}
