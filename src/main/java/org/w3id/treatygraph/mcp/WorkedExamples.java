package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** Prompts: worked examples of questions the tools answer, with the calls that answer them. */
final class WorkedExamples {
    private WorkedExamples() {}

    static List<SyncPromptSpecification> all() {
        return List.of(
                prompt("mandatory-obligations-of-chapter", "Which obligations of a chapter are mandatory?",
                        "Which obligations of chapter IV of the UN Convention against Cybercrime are mandatory?"
                                + " Call table_of_contents to find the articles of chapter IV, then get_provision for"
                                + " each; list the obligations whose modality is 'shall', each with its IRI and graph."),
                prompt("article-signatories-in-force", "What does an article require, who signed, is it in force?",
                        "What does article 41(1) of the UN Convention against Cybercrime require, who has signed the"
                                + " Convention, and is it in force? Call get_provision(article 41, paragraph 1),"
                                + " list_parties(status 'signatory') and treaty_status; cite the IRIs and graphs."),
                prompt("compare-with-budapest", "How does an article compare with the Budapest Convention?",
                        "How does article 16 of the UN Convention against Cybercrime compare with the Budapest"
                                + " Convention, UNTOC and UNCAC? Call compare_provisions(article 16) and report each"
                                + " counterpart's kind, confidence and source."));
    }

    private static SyncPromptSpecification prompt(String name, String title, String text) {
        McpSchema.Prompt prompt = new McpSchema.Prompt(name, title, title, List.of());
        McpSchema.GetPromptResult result = new McpSchema.GetPromptResult(title,
                List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text))));
        return new SyncPromptSpecification(prompt, (exchange, request) -> result);
    }
}
