package org.w3id.treatygraph.write;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;

/** A Fuseki operation that takes POST only, and answers every refusal through {@link WriteRequests}. */
abstract class PostOperation extends ActionService {
    protected final WriteRequests requests;

    PostOperation(WriteRequests requests) {
        this.requests = requests;
    }

    @Override
    public void process(HttpAction action) {
        requests.answer(action, () -> executeLifecycle(action));
    }

    @Override
    public void validate(HttpAction action) {
        WriteRequests.requirePost(action.getRequest());
    }
}
