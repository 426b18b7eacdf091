package org.w3id.treatygraph.bench;

import java.util.ArrayList;
import java.util.List;

/** The results as Markdown: headings, paragraphs and tables, also echoed to standard output as they come. */
final class Report {
    private final StringBuilder markdown = new StringBuilder();

    void heading(String text) {
        add("\n## " + text + "\n");
    }

    void paragraph(String text) {
        add(text + "\n");
    }

    /** A table; cells are strings, the first row the header. */
    void table(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", rows.get(0)) + " |");
        lines.add("|" + "---|".repeat(rows.get(0).size()));
        for (List<String> row : rows.subList(1, rows.size())) {
            lines.add("| " + String.join(" | ", row) + " |");
        }
        add(String.join("\n", lines) + "\n");
    }

    String markdown() {
        return markdown.toString();
    }

    private void add(String text) {
        markdown.append(text).append('\n');
        System.out.println(text);
        System.out.flush();
    }
}
