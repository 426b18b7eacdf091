package org.w3id.treatygraph.crosswalk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.treatygraph.linkeddata.Download;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The crosswalk's downloads: {@code crosswalk.sssom.tsv} (SSSOM/TSV) and {@code crosswalk.sssom.ttl} (SSSOM's RDF
 * form in Turtle), both made from the stored mappings on each request. Their mapping date is the issue date of the
 * crosswalk's source in the catalog.
 */
public final class CrosswalkDownloads {
    static final Node SOURCE = TG.id("source/treatygraph-crosswalk-analysis");

    private CrosswalkDownloads() {}

    public static Map<String, Download> of(DatasetGraph dataset) {
        return Map.of(SssomSet.TSV, new Download() {
            @Override
            public String contentType() {
                return "text/tab-separated-values; charset=utf-8";
            }

            @Override
            public void write(IriRewriter rewriter, OutputStream out) throws IOException {
                SssomTsv.write(CrosswalkMappings.read(dataset), set(dataset, rewriter), out);
            }
        }, SssomSet.TURTLE, new Download() {
            @Override
            public String contentType() {
                return Lang.TURTLE.getHeaderString() + "; charset=utf-8";
            }

            @Override
            public void write(IriRewriter rewriter, OutputStream out) {
                RDFDataMgr.write(out, SssomRdf.model(CrosswalkMappings.read(dataset), set(dataset, rewriter)), Lang.TURTLE);
            }
        });
    }

    static SssomSet set(DatasetGraph dataset, IriRewriter rewriter) {
        LocalDate issued = Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, SOURCE, DCTerms.issued.asNode(), Node.ANY)
                .map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst()
                .map(LocalDate::parse)
                .orElseThrow(() -> new IllegalStateException("The catalog gives no dcterms:issued for " + SOURCE)));
        return new SssomSet(rewriter, issued);
    }
}
