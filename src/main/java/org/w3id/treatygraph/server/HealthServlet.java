package org.w3id.treatygraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code GET /health}: 200 with the number of named graphs when the store answers a read, 503 otherwise. */
final class HealthServlet extends HttpServlet {
    private final transient DatasetGraph dataset;

    HealthServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String body;
        try {
            long graphs = Txn.calculateRead(dataset, () -> Iter.count(dataset.listGraphNodes()));
            response.setStatus(graphs > 0 ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body = "{\"status\":\"" + (graphs > 0 ? "ok" : "empty") + "\",\"namedGraphs\":" + graphs + "}";
        } catch (RuntimeException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body = "{\"status\":\"unavailable\"}";
        }
        response.getWriter().write(body);
    }
}
