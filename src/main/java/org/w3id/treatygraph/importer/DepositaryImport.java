package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.importer.DepositaryActionsConverter.ResolvedEntry;
import org.w3id.treatygraph.store.InvalidDataException;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;

/**
 * Imports a UN depositary status record (MTDSG XML) as TreatyAction data for one treaty: reads the record,
 * finds each participant among the curated States and organizations, converts the rows, and validates the
 * curated files together with the result against the shapes. Any problem stops the import before anything is
 * written: an unreadable record, an unknown participant, an unknown treaty or a violation of the shapes.
 */
public final class DepositaryImport {
    private final ProjectFiles files;
    private final String treatySlug;
    private final StatusRecord record;

    public DepositaryImport(ProjectFiles files, String treatySlug, StatusRecord record) {
        this.files = files;
        this.treatySlug = treatySlug;
        this.record = record;
    }

    /** The default data file for the record: {@code data/untc-mtdsg-{ref}.trig}. */
    public Path defaultOutput() {
        return files.home().resolve("data").resolve(record.slug() + ".trig");
    }

    /**
     * The validated graphs of the record (its actions, and its catalog description), ready to be written to
     * {@code output}. A previous import in {@code output} is replaced, not added to.
     *
     * @throws DepositaryRecordException when the record cannot be read or names unknown participants
     * @throws InvalidDataException when the result violates the shapes
     */
    public DatasetGraph prepare(Path xml, Path output) {
        DatasetGraph curated = CuratedImport.curatedWithout(files, output);
        Node treaty = TG.id("treaty/" + treatySlug);
        if (!curated.contains(Node.ANY, treaty, RDF.type.asNode(), TG.term("Treaty"))) {
            throw new IllegalArgumentException("No treaty " + treaty.getURI() + " in the curated data: pass the slug of"
                    + " a modelled treaty with --treaty (for example un-cybercrime-convention, untoc, uncac).");
        }
        List<ResolvedEntry> resolved = resolve(xml, UntcStatusXmlReader.read(xml), PartyDirectory.of(curated));
        DatasetGraph imported = new DepositaryActionsConverter(record, treatySlug).convert(resolved);
        CuratedImport.requireConforms(curated, imported);
        return imported;
    }

    public static void write(DatasetGraph imported, String header, OutputStream out) {
        imported.prefixes().putAll(Prefixes.standard());
        try {
            out.write(header.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RDFWriter.source(imported).format(RDFFormat.TRIG_BLOCKS).base(TG.ID).output(out);
    }

    private static List<ResolvedEntry> resolve(Path xml, List<ParticipantEntry> entries, PartyDirectory parties) {
        List<ResolvedEntry> resolved = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ParticipantEntry entry : entries) {
            Optional<Node> party = parties.find(entry.participant());
            if (party.isPresent()) {
                resolved.add(new ResolvedEntry(entry, party.get()));
            } else {
                problems.add("row " + entry.row() + ": no State or organization named '" + entry.participant()
                        + "' in the curated data (give it this tg:depositaryName)");
            }
        }
        if (!problems.isEmpty()) {
            throw new DepositaryRecordException(xml.toString(), problems);
        }
        return resolved;
    }
}
