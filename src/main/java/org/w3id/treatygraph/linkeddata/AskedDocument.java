package org.w3id.treatygraph.linkeddata;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * What a request for a document names: the resource, the document's path and its representation (from the URL's
 * extension, else negotiated).
 */
record AskedDocument(Node resource, String documentPath, Representation representation, boolean negotiated) {
    static AskedDocument document(String rest, Supplier<Representation> negotiate) {
        return of("id/", "doc/", rest, negotiate);
    }

    /** A graph's IRI is its document's. */
    static AskedDocument graph(String rest, Supplier<Representation> negotiate) {
        return of("graph/", "graph/", rest, negotiate);
    }

    private static AskedDocument of(String resourceRoute, String documentRoute, String rest,
                                    Supplier<Representation> negotiate) {
        Target target = Target.parse(rest);
        Node resource = NodeFactory.createURI(IriRewriter.canonical(resourceRoute + target.path()));
        Representation representation = target.representation().orElseGet(negotiate);
        return new AskedDocument(resource, documentRoute + target.path(), representation,
                target.representation().isEmpty());
    }

    /**
     * The document cache's key: everything a prepared answer depends on besides the store version. The own base
     * too, which pages link their style sheets and forms to when a public base is configured.
     */
    String key(String base, String ownBase, boolean keepGraphs, String variant) {
        return String.join("\n", documentPath, representation.extension(), base, ownBase,
                keepGraphs ? "graphs" : "flat", variant);
    }

    /** A path with an optional format extension, e.g. "treaty/x/article/16.ttl". */
    record Target(String path, Optional<Representation> representation) {
        static Target parse(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Optional<Representation> representation =
                        Representation.forExtension(path.substring(dot + 1), Representation.DOCUMENT);
                if (representation.isPresent()) {
                    return new Target(path.substring(0, dot), representation);
                }
            }
            return new Target(path, Optional.empty());
        }

        /**
         * True when the path's last segment has an extension that names no representation (".gz", ".png"): Jetty's
         * compression decides by such an extension whether to vary, so only the servlet route answers these paths.
         */
        static boolean foreignExtension(String path) {
            return path.lastIndexOf('.') > path.lastIndexOf('/') && parse(path).representation().isEmpty();
        }
    }
}
