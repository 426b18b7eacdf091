package org.w3id.treatygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * Maps canonical IRIs ({@code https://w3id.org/treatygraph/…}) to the public base a server answers on
 * (for example {@code http://localhost:3030/}) and back. The one place where that mapping is done, so that
 * every link a document contains dereferences on the same server.
 */
public final class IriRewriter {
    private final String publicBase;

    /** @param publicBase the base the server is reached at, ending in "/" */
    public IriRewriter(String publicBase) {
        if (!publicBase.endsWith("/")) {
            throw new IllegalArgumentException("A public base must end with '/': " + publicBase);
        }
        this.publicBase = publicBase;
    }

    public String publicBase() {
        return publicBase;
    }

    /** The public form of an IRI; IRIs outside the canonical base are left alone. */
    public String toPublic(String iri) {
        return iri.startsWith(TG.BASE) ? publicBase + iri.substring(TG.BASE.length()) : iri;
    }

    /** The canonical IRI for a path below the public base, e.g. "id/state/VNM". */
    public static String canonical(String path) {
        return TG.BASE + path;
    }

    /** The public URL of a path below the base, e.g. "doc/state/VNM". */
    public String url(String path) {
        return publicBase + path;
    }

    /** The public form of a node; null (a wildcard in Jena's find) stays null. */
    public Node toPublic(Node node) {
        if (node != null && node.isURI() && node.getURI().startsWith(TG.BASE) && !isIdentity()) {
            return NodeFactory.createURI(toPublic(node.getURI()));
        }
        return node;
    }

    public Triple toPublic(Triple t) {
        return Triple.create(toPublic(t.getSubject()), toPublic(t.getPredicate()), toPublic(t.getObject()));
    }

    public Quad toPublic(Quad q) {
        return Quad.create(toPublic(q.getGraph()), toPublic(q.getSubject()), toPublic(q.getPredicate()),
                toPublic(q.getObject()));
    }

    /** The canonical form of an IRI under the public base; other IRIs are left alone. */
    public String toCanonical(String iri) {
        return !isIdentity() && iri.startsWith(publicBase) ? TG.BASE + iri.substring(publicBase.length()) : iri;
    }

    /** The canonical form of a node; null (a wildcard in Jena's find) stays null. */
    public Node toCanonical(Node node) {
        return node != null && node.isURI() && !isIdentity() && node.getURI().startsWith(publicBase)
                ? NodeFactory.createURI(toCanonical(node.getURI())) : node;
    }

    /** True when the public base is the canonical one: nothing to rewrite. */
    public boolean isIdentity() {
        return publicBase.equals(TG.BASE);
    }
}
