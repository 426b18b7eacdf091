package org.w3id.treatygraph.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;

/** The labels of the parties and actions a status answer names, read once from the store. */
final class StatusNames {
    private final Map<String, String> labels;

    private StatusNames(Map<String, String> labels) {
        this.labels = labels;
    }

    /** The labels of {@code iris}, in one read transaction. */
    static StatusNames of(DatasetGraph dataset, Collection<String> iris) {
        Map<String, String> labels = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            Labels found = new Labels(dataset, Prefixes.standard());
            iris.forEach(iri -> labels.computeIfAbsent(iri, i -> found.of(NodeFactory.createURI(i))));
        });
        return new StatusNames(labels);
    }

    String label(String iri) {
        return labels.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** A link to the resource on this server, titled with its canonical IRI. */
    Link link(String iri, IriRewriter rewriter) {
        return new Link(label(iri), rewriter.toPublic(iri), iri);
    }
}
