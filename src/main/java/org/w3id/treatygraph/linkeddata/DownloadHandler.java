package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpCaching;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.store.StoreVersion;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;

/**
 * {@code /download/{file}}: dumps of the whole dataset, named graphs kept, streamed from a read transaction, and the
 * files features make from the store ({@link Download}s, given by name), all with IRIs under the public base like
 * everything else the server answers.
 */
public final class DownloadHandler implements Handler {
    private static final Map<String, RDFFormat> DUMPS =
            Map.of("treatygraph.trig.gz", RDFFormat.TRIG_BLOCKS, "treatygraph.nq.gz", RDFFormat.NQUADS);

    private final DatasetGraph dataset;
    private final StoreVersion version;
    private final Map<String, Download> made;

    public DownloadHandler(DatasetGraph dataset, StoreVersion version, Map<String, Download> made) {
        this.dataset = dataset;
        this.version = version;
        this.made = new TreeMap<>(made);
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String name = exchange.rest();
        RDFFormat format = DUMPS.get(name);
        Download download = made.get(name);
        if (format == null && download == null) {
            throw HttpError.notFound("No such download: " + name + ". Available: treatygraph.trig.gz, treatygraph.nq.gz"
                    + made.keySet().stream().map(n -> ", " + n).collect(Collectors.joining()));
        }
        StoreVersion.Version current = version.current();
        IriRewriter rewriter = exchange.rewriter();
        if (HttpCaching.notModified(exchange.request(), exchange.response(),
                HttpCaching.etag(current, name, rewriter.publicBase()), current)) {
            return;
        }
        exchange.response().setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (download != null) {
            exchange.send(200, download.contentType(), out -> download.write(rewriter, out));
            return;
        }
        exchange.send(200, "application/gzip", out -> {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, format, null);
                Txn.executeRead(dataset, () -> {
                    writer.start();
                    Prefixes.rewritten(rewriter::toPublic).getNsPrefixMap().forEach(writer::prefix);
                    dataset.find().forEachRemaining(quad -> writer.quad(rewriter.toPublic(quad)));
                    writer.finish();
                });
            }
        });
    }
}
