package org.w3id.treatygraph.linkeddata;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * A read view of the store under a public base: IRIs asked for under the public base find the canonical
 * IRIs stored, and everything read comes back under the public base. What Fuseki's Graph Store Protocol
 * reads through, so that {@code ?graph=} takes the graph names VoID and the service description show.
 */
final class PublicView extends DatasetGraphWrapper {
    private final IriRewriter rewriter;

    PublicView(DatasetGraph store, IriRewriter rewriter) {
        super(store);
        this.rewriter = rewriter;
    }

    @Override
    public Graph getDefaultGraph() {
        return new PublicGraph(super.getDefaultGraph(), rewriter);
    }

    @Override
    public Graph getUnionGraph() {
        return new PublicGraph(super.getUnionGraph(), rewriter);
    }

    @Override
    public Graph getGraph(Node graphName) {
        return new PublicGraph(super.getGraph(rewriter.toCanonical(graphName)), rewriter);
    }

    @Override
    public boolean containsGraph(Node graphName) {
        return super.containsGraph(rewriter.toCanonical(graphName));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.map(super.listGraphNodes(), rewriter::toPublic);
    }

    @Override
    public Iterator<Quad> find() {
        return Iter.map(super.find(), rewriter::toPublic);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Iter.map(super.find(rewriter.toCanonical(g), rewriter.toCanonical(s), rewriter.toCanonical(p),
                rewriter.toCanonical(o)), rewriter::toPublic);
    }

    /** One graph of the store, read under the public base. */
    private static final class PublicGraph extends GraphWrapper {
        private final IriRewriter rewriter;

        PublicGraph(Graph graph, IriRewriter rewriter) {
            super(graph);
            this.rewriter = rewriter;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return WrappedIterator.create(super.find(rewriter.toCanonical(s), rewriter.toCanonical(p),
                    rewriter.toCanonical(o))).mapWith(rewriter::toPublic);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            return super.contains(rewriter.toCanonical(s), rewriter.toCanonical(p), rewriter.toCanonical(o));
        }
    }
}
