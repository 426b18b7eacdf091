package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.importer.DepositaryActionsConverter.ResolvedEntry;
import org.w3id.treatygraph.store.InvalidDataException;
import org.w3id.treatygraph.store.ProjectDatasetReader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
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
     * What an import writes, validated: the record's own file ({@code output}: its actions and catalog entry), the
     * other data files whose account of an action the record decides (their account kept as claims, see
     * {@link ReportedOverlaps}), and the record's change log ({@link ImportChanges}) with the changes of this import.
     */
    public record Plan(Path output, DatasetGraph imported, Map<Path, DatasetGraph> rewrites, Path changesFile,
                       DatasetGraph changes, int newEvents, int correctedEvents, int claims) {
        public String describe() {
            return String.format("%d new and %d corrected event(s); %d account(s) of other sources kept as claims",
                    newEvents, correctedEvents, claims);
        }
    }

    /**
     * The validated graphs of the record (its actions, and its catalog description), ready to be written to
     * {@code output}. A previous import in {@code output} is replaced, not added to.
     *
     * @throws DepositaryRecordException when the record cannot be read or names unknown participants
     * @throws InvalidDataException when the result violates the shapes
     */
    public DatasetGraph prepare(Path xml, Path output) {
        return plan(xml, output, OffsetDateTime.now(ZoneOffset.UTC)).imported();
    }

    /**
     * Reads, resolves and converts the record, settles its overlaps with other sources, records what changed since
     * the files' state, and validates it all together with the curated files; nothing is written.
     *
     * @throws DepositaryRecordException when the record cannot be read or names unknown participants
     * @throws InvalidDataException when the result violates the shapes
     */
    public Plan plan(Path xml, Path output, OffsetDateTime time) {
        DatasetGraph before = ProjectDatasetReader.read(files);
        DatasetGraph curated = DatasetGraphFactory.create();
        before.find().forEachRemaining(curated::add);
        if (Files.exists(output)) {
            RDFDataMgr.loadDatasetGraph(output.toString()).find().forEachRemaining(curated::delete);
        }
        Node treaty = TG.id("treaty/" + treatySlug);
        if (!curated.contains(Node.ANY, treaty, RDF.type.asNode(), TG.term("Treaty"))) {
            throw new IllegalArgumentException("No treaty " + treaty.getURI() + " in the curated data: pass the slug of"
                    + " a modelled treaty with --treaty (for example un-cybercrime-convention, untoc, uncac).");
        }
        List<ResolvedEntry> resolved = resolve(xml, UntcStatusXmlReader.read(xml), PartyDirectory.of(curated));
        DatasetGraph imported = new DepositaryActionsConverter(record, treatySlug).convert(resolved);

        List<ImportChanges.Change> changes = ImportChanges.between(before, imported, record);
        Path changesFile = output.resolveSibling(record.slug() + "-changes.trig");
        DatasetGraph log = DatasetGraphFactory.create();
        if (Files.exists(changesFile)) {
            RDFDataMgr.loadDatasetGraph(changesFile.toString()).find().forEachRemaining(q -> {
                curated.delete(q);
                log.add(q);
            });
        }
        ImportChanges.record(log, changes, record, imported, time);

        List<ReportedOverlaps.Overlap> overlaps = ReportedOverlaps.resolve(curated, record.graph(), imported, record.source());
        Map<Path, DatasetGraph> rewrites = rewrites(overlaps, curated, Set.of(output, changesFile));

        DatasetGraph combined = DatasetGraphFactory.create();
        curated.find().forEachRemaining(combined::add);
        imported.find().forEachRemaining(combined::add);
        log.find().forEachRemaining(combined::add);
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(combined).validate(combined);
        if (!outcome.conforms()) {
            throw new InvalidDataException(outcome);
        }
        int added = (int) changes.stream().filter(ImportChanges.Change::isNew).count();
        return new Plan(output, imported, rewrites, changesFile, log, added, changes.size() - added, overlaps.size());
    }

    /** Writes the record's file, the rewritten files and the change log of a plan. */
    public void apply(Plan plan, String header) {
        writeFile(plan.output(), plan.imported(), header);
        plan.rewrites().forEach((file, content) -> writeFile(file, content, leadingComments(file)
                + "# Accounts of treaty actions that a depositary record decides are kept below as this source's claims"
                + " (rewritten by `treatygraph import-depositary`).\n"));
        if (!plan.changes().isEmpty()) {
            writeFile(plan.changesFile(), plan.changes(), "# Changes recorded by `treatygraph import-depositary` for MTDSG "
                    + record.mtdsgNumber() + ", one tg:StatusChange per new or corrected treaty action. Do not edit by hand.\n");
        }
    }

    /** The new content of each data file holding a graph whose account {@code overlaps} moved into claims. */
    private Map<Path, DatasetGraph> rewrites(List<ReportedOverlaps.Overlap> overlaps, DatasetGraph curated, Set<Path> skip) {
        Set<Node> graphs = new LinkedHashSet<>();
        overlaps.forEach(o -> graphs.add(o.graph()));
        Map<Path, DatasetGraph> rewrites = new LinkedHashMap<>();
        if (graphs.isEmpty()) {
            return rewrites;
        }
        for (Path file : files.dataFiles()) {
            if (skip.contains(file)) {
                continue;
            }
            DatasetGraph content = RDFDataMgr.loadDatasetGraph(file.toString());
            Set<Node> held = new LinkedHashSet<>();
            content.listGraphNodes().forEachRemaining(held::add);
            if (held.stream().noneMatch(graphs::contains)) {
                continue;
            }
            for (Node graph : held) {
                if (graphs.contains(graph)) {
                    content.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    curated.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(content::add);
                }
            }
            rewrites.put(file, content);
        }
        return rewrites;
    }

    private static String leadingComments(Path file) {
        try {
            StringBuilder comments = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    comments.append(line).append('\n');
                } else if (line.startsWith("<") || line.contains("{")) {
                    break;
                }
            }
            return comments.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void writeFile(Path file, DatasetGraph content, String header) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(content, header, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
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
                        + "' in the curated data; closest: " + String.join(", ", parties.closest(entry.participant(), 3))
                        + " (if it is one of them, give it this tg:depositaryName)");
            }
        }
        if (!problems.isEmpty()) {
            throw new DepositaryRecordException(xml.toString(), problems);
        }
        return resolved;
    }
}
