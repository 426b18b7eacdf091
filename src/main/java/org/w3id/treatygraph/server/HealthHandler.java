package org.w3id.treatygraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;

/** {@code GET /health}: 200 with the number of named graphs when the store answers a read, 503 otherwise. */
final class HealthHandler implements Handler {
    private final DatasetGraph dataset;

    HealthHandler(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.response().setHeader("Cache-Control", "no-store");
        JsonObject body = new JsonObject();
        int status;
        try {
            long graphs = Txn.calculateRead(dataset, () -> Iter.count(dataset.listGraphNodes()));
            status = graphs > 0 ? 200 : 503;
            body.put("status", graphs > 0 ? "ok" : "empty");
            body.put("namedGraphs", graphs);
        } catch (RuntimeException e) {
            status = 503;
            body.put("status", "unavailable");
        }
        exchange.send(status, "application/json", JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8));
    }
}
