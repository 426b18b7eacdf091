package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.reading.ArticleView;
import org.w3id.treatygraph.reading.ArticleView.Provision;
import org.w3id.treatygraph.vocab.TG;

/**
 * Every article and paragraph as an MCP resource whose URI is its canonical IRI, read as plain text: label,
 * title, and each paragraph's summary (or imported official text, labelled). Two resource templates rather than
 * a list of several hundred resources.
 */
final class ProvisionResources {
    private static final String ARTICLE = TG.ID + "treaty/{treaty}/article/{article}";
    private static final Pattern IRI = Pattern.compile(Pattern.quote(TG.ID)
            + "treaty/([a-z-]+)/article/(\\d{1,4})(?:/paragraph/(\\d{1,4}))?");

    private final DatasetGraph dataset;
    private final Articles articles;

    ProvisionResources(DatasetGraph dataset, Articles articles) {
        this.dataset = dataset;
        this.articles = articles;
    }

    List<SyncResourceTemplateSpecification> templates() {
        return List.of(template(ARTICLE, "article", "An article: its title and the summary of each paragraph"),
                template(ARTICLE + "/paragraph/{paragraph}", "paragraph", "A paragraph: its summary"));
    }

    private SyncResourceTemplateSpecification template(String uri, String name, String description) {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder().uriTemplate(uri).name(name)
                .title(name.substring(0, 1).toUpperCase() + name.substring(1)).description(description)
                .mimeType("text/plain").build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> new McpSchema.ReadResourceResult(
                List.of(new McpSchema.TextResourceContents(request.uri(), "text/plain",
                        read(request.uri(), Caller.of(exchange))))));
    }

    private String read(String uri, Caller caller) {
        Matcher m = IRI.matcher(uri);
        if (!m.matches()) {
            throw McpError.RESOURCE_NOT_FOUND.apply(uri);
        }
        ArticleView view;
        try {
            view = ArticleView.of(articles.article(m.group(1), Integer.parseInt(m.group(2))), dataset, caller.rewriter());
        } catch (ToolError unknown) {
            throw McpError.RESOURCE_NOT_FOUND.apply(uri);
        }
        List<Provision> paragraphs = m.group(3) == null ? view.paragraphs
                : view.paragraphs.stream().filter(p -> p.number().equals(m.group(3))).toList();
        if (paragraphs.isEmpty() && m.group(3) != null) {
            throw McpError.RESOURCE_NOT_FOUND.apply(uri);
        }
        StringBuilder text = new StringBuilder(view.heading.label()).append('\n').append(view.heading.href()).append('\n');
        for (Provision p : paragraphs) {
            text.append('\n').append(p.label()).append(" (").append(p.href()).append(")\n");
            if (p.officialText() != null) {
                text.append("Official text (imported by the operator): ").append(p.officialText()).append('\n');
            }
            if (p.summary() != null) {
                text.append("Summary (TreatyGraph's own words): ").append(p.summary()).append('\n');
            }
        }
        return text.toString();
    }
}
