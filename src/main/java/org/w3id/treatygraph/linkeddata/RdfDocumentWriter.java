package org.w3id.treatygraph.linkeddata;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;

/**
 * Writes RDF documents in the public form of their IRIs: quad syntaxes keep each statement's named graph
 * (its source); triple syntaxes merge the graphs. JSON-LD is written as JSON-LD 1.1, compacted with the
 * same prefixes that {@code /context.jsonld} serves.
 */
public final class RdfDocumentWriter {

    private RdfDocumentWriter() {}

    /**
     * @param keepGraphs in a quad syntax, keep each statement in its named graph (its source); otherwise every
     *                   statement goes to the default graph, where clients that read triples look
     */
    public static void write(DatasetGraph quads, Graph extraTriples, Representation representation,
                             IriRewriter rewriter, boolean keepGraphs, OutputStream out) {
        PrefixMapping prefixes = Prefixes.rewritten(rewriter::toPublic);
        if (representation.keepsGraphs() && keepGraphs) {
            DatasetGraph rewritten = DatasetGraphFactory.create();
            quads.find().forEachRemaining(q -> rewritten.add(rewriter.toPublic(q)));
            extraTriples.find().forEachRemaining(t -> rewritten.getDefaultGraph().add(rewriter.toPublic(t)));
            rewritten.prefixes().putAll(prefixes);
            RDFWriter.source(rewritten).lang(representation.lang()).output(out);
            return;
        }
        Graph merged = GraphFactory.createDefaultGraph();
        quads.find().forEachRemaining(q -> merged.add(rewriter.toPublic(q.asTriple())));
        extraTriples.find().forEachRemaining(t -> merged.add(rewriter.toPublic(t)));
        write(merged, prefixes, representation, out);
    }

    /** Writes a graph whose IRIs are already public. */
    public static void write(Graph graph, PrefixMapping prefixes, Representation representation, OutputStream out) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        if (representation.lang().equals(Lang.JSONLD)) {
            RDFWriter.source(graph).format(RDFFormat.JSONLD11_PRETTY).output(out);
        } else {
            RDFWriter.source(graph).lang(representation.lang()).output(out);
        }
    }
}
