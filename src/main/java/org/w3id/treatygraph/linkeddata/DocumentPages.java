package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
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
     * What the page of {@code resource} depends on besides the store version, the path and the bases (e.g. the date a
     * status block answers for: {@code ?at=} or today), so that the ETag and the document cache tell its variants
     * apart; empty when nothing. May refuse the request with an {@code HttpError}.
     *
     * @param parameters a query parameter's value by name, or null (all null for a request without a query)
     */
    default String variant(Node resource, UnaryOperator<String> parameters) {
        return "";
    }
}
