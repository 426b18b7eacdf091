package org.w3id.treatygraph.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Records the quads a write adds and deletes, and works out which nodes the shapes must look at again. */
final class ChangeCollector extends RDFChangesBase {
    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> deleted = new LinkedHashSet<>();

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        Quad quad = Quad.create(g, s, p, o);
        if (!deleted.remove(quad)) {
            added.add(quad);
        }
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        Quad quad = Quad.create(g, s, p, o);
        if (!added.remove(quad)) {
            deleted.add(quad);
        }
    }

    long addedCount() {
        return added.size();
    }

    long deletedCount() {
        return deleted.size();
    }

    /** The statements added or deleted, whatever their graph. */
    Set<Triple> triples() {
        Set<Triple> triples = new LinkedHashSet<>();
        added.forEach(q -> triples.add(q.asTriple()));
        deleted.forEach(q -> triples.add(q.asTriple()));
        return triples;
    }

    Set<Node> graphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        added.forEach(q -> graphs.add(q.getGraph()));
        deleted.forEach(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /**
     * The nodes whose conformance a change can affect: the subjects and resource objects of the changed
     * statements, the graphs they are in, and the resources that point at a changed subject (their shapes
     * may look across the link, e.g. a chapter's number against its treaty's chapter count).
     */
    Set<Node> focusNodes(DatasetGraph dataset) {
        Set<Node> nodes = new LinkedHashSet<>();
        Set<Node> subjects = new LinkedHashSet<>();
        for (Set<Quad> quads : List.of(added, deleted)) {
            for (Quad quad : quads) {
                nodes.add(quad.getGraph());
                subjects.add(quad.getSubject());
                if (!quad.getObject().isLiteral()) {
                    nodes.add(quad.getObject());
                }
            }
        }
        nodes.addAll(subjects);
        for (Node subject : subjects) {
            // All of them, however many: a hub (a treaty, say) is pointed at by many, and a cap would let a
            // write that breaks a shape across the link through.
            dataset.find(Node.ANY, Node.ANY, Node.ANY, subject).forEachRemaining(q -> nodes.add(q.getSubject()));
        }
        return nodes;
    }
}
