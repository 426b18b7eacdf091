package org.w3id.treatygraph.mcp;

/** A tool call that cannot be answered as asked; the message says what to send instead (an MCP tool error). */
final class ToolError extends RuntimeException {
    ToolError(String message) {
        super(message);
    }
}
