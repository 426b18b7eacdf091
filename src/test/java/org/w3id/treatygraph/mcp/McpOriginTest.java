package org.w3id.treatygraph.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;

/** The Origin check the protocol asks for against DNS rebinding, with a plain HTTP client. */
class McpOriginTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

    private static HttpResponse<byte[]> initialize(String... origin) throws Exception {
        String[] headers = origin.length == 0
                ? new String[] {"Content-Type", "application/json", "Accept", "application/json, text/event-stream"}
                : new String[] {"Content-Type", "application/json", "Accept", "application/json, text/event-stream",
                "Origin", origin[0]};
        return server.sendBody("POST", "/mcp", INITIALIZE, headers);
    }

    @Test
    void aForeignBrowserOriginIsRefused() throws Exception {
        HttpResponse<byte[]> refused = initialize("http://rebound.example:3030");
        assertEquals(403, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("DNS-rebinding"));
    }

    @Test
    void clientsWithoutOriginAndLocalPagesAreServed() throws Exception {
        HttpResponse<byte[]> plain = initialize();
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Mcp-Session-Id").isPresent());
        HttpResponse<byte[]> local = initialize("http://localhost:6274");
        assertEquals(200, local.statusCode());
        assertEquals("http://localhost:6274", local.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
