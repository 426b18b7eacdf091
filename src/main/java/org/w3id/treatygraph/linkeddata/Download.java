package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * A file under {@code /download/} that a feature makes from the store on request (e.g. the crosswalk as SSSOM),
 * with IRIs under the public base of the request. {@link DownloadHandler} serves it beside the dumps.
 */
public interface Download {
    String contentType();

    void write(IriRewriter rewriter, OutputStream out) throws IOException;
}
