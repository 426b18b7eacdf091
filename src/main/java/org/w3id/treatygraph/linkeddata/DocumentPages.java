package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Link;

/** The HTML view of a resource description, supplied by the pages (this package knows only RDF). */
@FunctionalInterface
public interface DocumentPages {
    void write(Exchange exchange, Node resource, DatasetGraph description, List<Link> alternates, OutputStream out)
            throws IOException;

    /**
     * What the page of {@code resource} depends on besides the store version and the path (e.g. the date a status
     * block answers for: {@code ?at=} or today), so that the ETag and the document cache tell its variants apart;
     * empty when nothing. May refuse the request with an {@code HttpError}.
     */
    default String variant(Exchange exchange, Node resource) {
        return "";
    }
}
