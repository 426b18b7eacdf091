package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.query.QueryAdmission;
import org.w3id.treatygraph.search.Search;
import org.w3id.treatygraph.search.SearchIndex;

/**
 * The Model Context Protocol endpoint ({@code /mcp}, streamable HTTP): the official Java SDK's servlet transport
 * and a read-only server with the tools, the provision resources and the worked-example prompts. A tool's answer
 * is structured content (and the same JSON as text); arguments it cannot answer are tool errors
 * ({@code isError: true}) with a message saying what to send instead. The Origin check the protocol asks for
 * (DNS rebinding) is done in front of it, by the server's cross-origin filter.
 */
public final class McpEndpoint {
    public static final String PATH = "/mcp";
    private static final Logger LOG = LoggerFactory.getLogger(McpEndpoint.class);

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpJsonMapper json = McpJsonDefaults.getMapper();

    public McpEndpoint(DatasetGraph dataset, SearchIndex index, Limits limits, QueryAdmission admission,
                       PublicBase base, String version) {
        transport = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(PATH)
                .maxRequestSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()))
                .contextExtractor(request -> Caller.context(request, base))
                .build();
        Articles articles = new Articles(dataset);
        Parties parties = new Parties(dataset);
        List<McpTool> tools = List.of(new SearchTool(dataset, new Search(dataset, index)),
                new ProvisionTool(dataset, articles), new ContentsTool(dataset), new CompareTool(dataset, articles),
                new PartyStatusTool(dataset, parties), new TreatyStatusTool(dataset), new PartiesTool(dataset, parties),
                new SparqlTool(dataset, limits, admission));
        // The server registers itself with the transport; stopping Jetty destroys the servlet, which closes the sessions.
        McpServer.sync(transport)
                .serverInfo("TreatyGraph", version)
                .instructions("Exact, citable answers about the UN Convention against Cybercrime (Hanoi Convention,"
                        + " A/RES/79/243) from the TreatyGraph knowledge graph: every item carries its IRI, label, named"
                        + " graph (its source) and confidence. Summaries are TreatyGraph's own words.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false)
                        .build())
                .tools(tools.stream().map(this::specification).toList())
                .resourceTemplates(new ProvisionResources(dataset, articles).templates())
                .prompts(WorkedExamples.all())
                .build();
    }

    /** The transport, to mount at {@link #PATH}. */
    public HttpServlet servlet() {
        return transport;
    }

    private SyncToolSpecification specification(McpTool tool) {
        return SyncToolSpecification.builder().tool(tool.definition())
                .callHandler((exchange, request) -> call(tool, exchange, request.arguments())).build();
    }

    private CallToolResult call(McpTool tool, McpSyncServerExchange exchange, Map<String, Object> arguments) {
        try {
            Map<String, Object> answer = tool.call(new Arguments(arguments), Caller.of(exchange));
            return CallToolResult.builder().structuredContent(answer).addTextContent(json.writeValueAsString(answer))
                    .isError(false).build();
        } catch (ToolError refused) {
            return error(refused.getMessage());
        } catch (IOException | RuntimeException failure) {
            String id = UUID.randomUUID().toString();
            LOG.error("MCP tool {} failed [{}]", tool.definition().name(), id, failure);
            return error("The tool failed on the server (error " + id + "); the operator's log has the details.");
        }
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
