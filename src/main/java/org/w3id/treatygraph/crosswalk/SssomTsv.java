package org.w3id.treatygraph.crosswalk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The crosswalk as an SSSOM/TSV mapping set: a YAML metadata block (each line behind {@code #}) with the curie map,
 * then one tab-separated row per mapping. Identifiers are CURIEs that expand, through the curie map, to the IRIs
 * the server answers on. Rows are written with Apache Commons CSV (tab-delimited, quoting where a value needs it).
 */
public final class SssomTsv {
    private SssomTsv() {}

    public static void write(List<ProvisionMapping> mappings, SssomSet set, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(header(set));
        CSVFormat format = CSVFormat.TDF.builder().setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(Sssom.COLUMNS);
        Curies curies = new Curies(set.curieMap());
        for (ProvisionMapping m : mappings) {
            printer.printRecord(curies.of(set.rewriter().toPublic(m.subject())), m.subjectLabel(),
                    curies.of(Sssom.predicate(m)), curies.of(set.rewriter().toPublic(Sssom.object(m))),
                    m.hasCounterpart() ? m.objectLabel() : "", curies.of(Sssom.MANUAL_CURATION),
                    String.format(Locale.ROOT, "%.2f", Sssom.score(m.confidence())),
                    curies.of(set.rewriter().toPublic(m.author())),
                    curies.of(set.rewriter().toPublic(TG.ID + "treaty/un-cybercrime-convention")),
                    curies.of(set.rewriter().toPublic(m.treaty())), Sssom.comment(m));
        }
        printer.flush();
    }

    private static String header(SssomSet set) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("#curie_map:\n");
        for (Map.Entry<String, String> e : set.curieMap().entrySet()) {
            yaml.append("#  ").append(e.getKey()).append(": ").append(Yaml.quoted(e.getValue())).append('\n');
        }
        yaml.append("#mapping_set_id: ").append(Yaml.quoted(set.id())).append('\n');
        yaml.append("#mapping_set_title: ").append(Yaml.quoted(SssomSet.TITLE)).append('\n');
        yaml.append("#mapping_set_description: ").append(Yaml.quoted(SssomSet.DESCRIPTION)).append('\n');
        yaml.append("#license: ").append(Yaml.quoted(SssomSet.LICENSE)).append('\n');
        yaml.append("#mapping_date: ").append(set.date().toString()).append('\n');
        yaml.append("#creator_label:\n#  - ").append(Yaml.quoted("TreatyGraph")).append('\n');
        return yaml.toString();
    }

    /** The one YAML scalar form used: a double-quoted string. */
    private static final class Yaml {
        static String quoted(String value) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /** Shortens IRIs to CURIEs by the longest namespace of the curie map that prefixes them. */
    private record Curies(Map<String, String> map) {
        String of(String iri) {
            String best = null;
            for (Map.Entry<String, String> e : map.entrySet()) {
                if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > map.get(best).length())) {
                    best = e.getKey();
                }
            }
            if (best == null) {
                throw new IllegalStateException("No prefix of the curie map covers " + iri);
            }
            return best + ":" + iri.substring(map.get(best).length());
        }
    }
}
