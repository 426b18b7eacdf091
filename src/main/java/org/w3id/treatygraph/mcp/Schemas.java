package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Schema fragments for the tools' input schemas. */
final class Schemas {
    private Schemas() {}

    static McpSchema.JsonSchema object(Map<String, Object> properties, List<String> required) {
        return new McpSchema.JsonSchema("object", properties, required, false, null, null);
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> oneOf(String description, List<String> values) {
        return Map.of("type", "string", "description", description, "enum", values);
    }

    static Map<String, Object> integer(String description, int minimum) {
        return Map.of("type", "integer", "description", description, "minimum", minimum);
    }

    static Map<String, Object> date(String description) {
        return Map.of("type", "string", "description", description, "pattern", "^\\d{4}-\\d{2}-\\d{2}$");
    }

    static Map<String, Object> strings(String description, List<String> values) {
        return Map.of("type", "array", "description", description, "items", Map.of("type", "string", "enum", values));
    }

    /** The schema's properties in the order given (name, schema, name, schema…). */
    static Map<String, Object> properties(Object... pairs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put((String) pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    static McpSchema.Tool tool(String name, String title, String description, McpSchema.JsonSchema input) {
        return McpSchema.Tool.builder().name(name).title(title).description(description).inputSchema(input)
                .annotations(new McpSchema.ToolAnnotations(title, true, false, true, false, null)).build();
    }
}
