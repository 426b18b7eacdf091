package org.w3id.treatygraph.write;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.linkeddata.PublicGraphStoreRead;

/**
 * {@code /data?graph=IRI}: the Graph Store Protocol. Reads (GET, HEAD) are Fuseki's own; writes (PUT, POST,
 * DELETE) need a credential and pass through the {@link WriteGate}, and request bodies are parsed without
 * fetching anything remote.
 */
final class GraphStoreOperation extends GSP_RW {
    private final WriteRequests requests;
    private final WriteGate gate;
    private final PublicBase base;

    GraphStoreOperation(WriteRequests requests, WriteGate gate, PublicBase base) {
        this.requests = requests;
        this.gate = gate;
        this.base = base;
    }

    /** Reads see the store under the public base, as {@code /get} does. */
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return PublicGraphStoreRead.view(super.decideDataset(action), base, action);
    }

    @Override
    public void process(HttpAction action) {
        requests.answer(action, () -> super.process(action));
    }

    @Override
    protected void doPut(HttpAction action) {
        write(action, true);
    }

    @Override
    protected void doPost(HttpAction action) {
        write(action, false);
    }

    @Override
    protected void doDelete(HttpAction action) {
        String credential = requests.authenticate(action.getRequest());
        Node graph = WriteRequests.targetGraph(action.getRequest());
        WriteGate.refuseProtected(graph);
        WriteGate.Result result = gate.apply("Graph Store DELETE", credential, store -> {
            if (!store.containsGraph(graph)) {
                throw HttpError.notFound("There is no graph " + graph.getURI() + " to delete.");
            }
            store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        });
        requests.committed(action, "Graph Store DELETE", credential, result);
    }

    private void write(HttpAction action, boolean replace) {
        String credential = requests.authenticate(action.getRequest());
        Node graph = WriteRequests.targetGraph(action.getRequest());
        WriteGate.refuseProtected(graph);
        Graph content = requests.triplesBody(action.getRequest());
        String operation = "Graph Store " + (replace ? "PUT" : "POST");
        WriteGate.Result result = gate.apply(operation, credential, store -> {
            if (replace) {
                store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            content.find().forEachRemaining(t -> store.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        requests.committed(action, operation, credential, result);
    }
}
