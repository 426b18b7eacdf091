package org.w3id.treatygraph.validation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.w3id.treatygraph.vocab.Prefixes;

/** The result of validating a dataset: the W3C report, and a summary a person can act on. */
public final class ValidationOutcome {
    private final ValidationReport report;

    public ValidationOutcome(ValidationReport report) {
        this.report = report;
    }

    public boolean conforms() {
        return report.conforms();
    }

    public ValidationReport report() {
        return report;
    }

    public List<ReportEntry> entries() {
        return List.copyOf(report.getEntries());
    }

    /**
     * One line per violation, sorted by focus node: severity, focus node, path, offending value and the
     * shape's message, with IRIs shortened by the usual prefixes.
     */
    public String summary() {
        return summary(Integer.MAX_VALUE);
    }

    /** As {@link #summary()}, with at most {@code maxLines} violations listed and a count of the rest. */
    public String summary(int maxLines) {
        if (conforms()) {
            return "The data conforms to the shapes.";
        }
        PrefixMapping prefixes = Prefixes.standard();
        int total = report.getEntries().size();
        String lines = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> e.focusNode().toString() + " " + e.message()))
                .limit(maxLines)
                .map(e -> "  " + e.severity().level().getLocalName() + " on " + shortForm(e.focusNode(), prefixes)
                        + pathPart(e.resultPath(), prefixes)
                        + valuePart(e.value(), prefixes)
                        + ": " + e.message())
                .collect(Collectors.joining("\n"));
        String rest = total > maxLines ? "\n  … and " + (total - maxLines) + " more: ask for text/turtle or"
                + " application/ld+json for the whole report." : "";
        return "The data does not conform to the shapes: " + total + " violation(s).\n" + lines + rest;
    }

    private static String pathPart(Path path, PrefixMapping prefixes) {
        return path == null ? "" : " (path " + path.toString(new Prologue(prefixes)) + ")";
    }

    private static String valuePart(Node value, PrefixMapping prefixes) {
        return value == null ? "" : " value " + shortForm(value, prefixes);
    }

    private static String shortForm(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            String qname = prefixes.qnameFor(node.getURI());
            return qname != null ? qname : "<" + node.getURI() + ">";
        }
        return node.toString();
    }
}
