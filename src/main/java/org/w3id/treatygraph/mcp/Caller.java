package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.vocab.IriRewriter;

/** Who calls a tool: the public base its answers use (the server's one identity) and the client's address. */
record Caller(IriRewriter rewriter, String client) {
    private static final String BASE = "treatygraph.publicBase";
    private static final String CLIENT = "treatygraph.client";

    /** What the transport keeps of an HTTP request for the calls it carries. */
    static McpTransportContext context(HttpServletRequest request, PublicBase base) {
        return McpTransportContext.create(Map.of(BASE, base.of(request), CLIENT, request.getRemoteAddr()));
    }

    static Caller of(McpSyncServerExchange exchange) {
        McpTransportContext context = exchange.transportContext();
        return new Caller(new IriRewriter((String) context.get(BASE)), (String) context.get(CLIENT));
    }
}
