package org.w3id.treatygraph.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The graphs a SPARQL Update names as the ones it changes (DROP/CLEAR targets, ADD/COPY/MOVE destinations,
 * the graphs of its insert and delete templates), so that an update aimed at a protected graph is refused
 * before it runs, whether or not it would match anything there.
 */
final class UpdateTargets {
    private UpdateTargets() {}

    static Set<Node> of(UpdateRequest request) {
        Set<Node> graphs = new LinkedHashSet<>();
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateDropClear dropClear) {
                add(graphs, dropClear.getTarget());
            } else if (update instanceof UpdateBinaryOp binary) {
                add(graphs, binary.getDest());
                if (binary instanceof UpdateMove) {
                    add(graphs, binary.getSrc());
                }
            } else if (update instanceof UpdateData data) {
                addQuads(graphs, data.getQuads());
            } else if (update instanceof UpdateDeleteWhere deleteWhere) {
                addQuads(graphs, deleteWhere.getQuads());
            } else if (update instanceof UpdateModify modify) {
                addQuads(graphs, modify.getDeleteQuads());
                addQuads(graphs, modify.getInsertQuads());
            }
        }
        return graphs;
    }

    private static void add(Set<Node> graphs, Target target) {
        if (target != null && target.isOneNamedGraph()) {
            graphs.add(target.getGraph());
        }
    }

    private static void addQuads(Set<Node> graphs, List<Quad> quads) {
        quads.stream().map(Quad::getGraph).filter(Node::isURI).forEach(graphs::add);
    }
}
