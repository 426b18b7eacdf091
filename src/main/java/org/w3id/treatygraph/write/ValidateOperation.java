package org.w3id.treatygraph.write;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.vocab.TG;

/**
 * {@code POST /validate}: the store's data plus the posted RDF, checked against the shapes; nothing is
 * stored and no credential is needed. Triples go to {@code ?graph=IRI} (or a scratch graph), quads keep theirs.
 */
final class ValidateOperation extends PostOperation {
    private final DatasetGraph dataset;
    private final DatasetValidator validator;

    ValidateOperation(WriteRequests requests, DatasetGraph dataset, DatasetValidator validator) {
        super(requests);
        this.dataset = dataset;
        this.validator = validator;
    }

    @Override
    public void execute(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        DatasetGraph posted = requests.rdfBody(request);
        Node graph = request.getParameter("graph") != null ? WriteRequests.targetGraph(request) : TG.graph("validate");
        DatasetGraph candidate = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(candidate::add));
        posted.getDefaultGraph().find()
                .forEachRemaining(t -> candidate.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        posted.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                candidate.add(q);
            }
        });
        WriteRequests.report(request, action.getResponse(), 200, validator.validate(candidate));
    }
}
