package org.w3id.treatygraph.importer;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.vocab.TG;

/**
 * Which depositary status record is imported: its MTDSG reference (for example {@code XVIII-12}), the date of
 * the status it shows and the file it was read from. The record names its graph {@code graph/untc-mtdsg-{ref}}
 * and its source {@code id/source/untc-mtdsg-{ref}-{date}}.
 */
public record StatusRecord(String mtdsgNumber, LocalDate statusDate, String fileName) {
    public StatusRecord {
        if (!mtdsgNumber.matches("[IVXL]+-\\d+(-[a-z])?")) {
            throw new IllegalArgumentException("Not an MTDSG reference like XVIII-12: " + mtdsgNumber);
        }
    }

    public String slug() {
        return "untc-mtdsg-" + mtdsgNumber.toLowerCase(Locale.ROOT);
    }

    public Node graph() {
        return TG.graph(slug());
    }

    public Node source() {
        return TG.id("source/" + slug() + "-" + statusDate);
    }
}
