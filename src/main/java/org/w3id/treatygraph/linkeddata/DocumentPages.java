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
}
