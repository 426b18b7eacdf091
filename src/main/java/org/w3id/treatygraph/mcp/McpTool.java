package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/** One tool of the MCP endpoint: its definition (name, description, input schema) and what a call answers. */
interface McpTool {
    McpSchema.Tool definition();

    /**
     * The structured answer to a call (JSON-like maps and lists; IRIs on the caller's public base).
     *
     * @throws ToolError when the arguments cannot be answered; the message says what to send instead
     */
    Map<String, Object> call(Arguments arguments, Caller caller);
}
