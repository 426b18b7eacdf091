package org.w3id.treatygraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.store.ProjectDatasetReader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.vocab.TG;

/**
 * Deterministic synthetic data for the scale benchmark: national implementation records
 * ({@code tg:ImplementationRecord}) linking each State of the curated data to each obligation, with a
 * national provision, a date and a source, written as a TriG file that conforms to the shapes (its own named
 * graph, described in the catalog with its synthetic source). Record {@code i} is about State
 * {@code i mod S} and obligation {@code (i div S) mod O}; past {@code S × O} records a pair gets further
 * records (revisions). Provisions and dates come from a {@link Random} with a fixed seed, so the same size
 * and seed always give the same file. Each record is 6 triples.
 *
 * <p>Run alone: {@code SyntheticData TRIPLES OUT.trig [SEED]} (the curated files are read from the working
 * directory).
 */
final class SyntheticData {
    static final long DEFAULT_SEED = 20241224L;
    static final int TRIPLES_PER_RECORD = 6;
    static final String FILE_NAME = "synthetic-implementation.trig";
    private static final List<String> LAWS = List.of("Criminal Code", "Code of Criminal Procedure",
            "Cybersecurity Act", "Electronic Evidence Act", "Mutual Legal Assistance Act", "Extradition Act",
            "Data Protection Act", "Proceeds of Crime Act");
    private static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 1);

    private SyntheticData() {}

    /** The number of records that brings a dataset of {@code curatedTriples} to about {@code targetTriples}. */
    static long recordsFor(long targetTriples, long curatedTriples) {
        return Math.max(1, (targetTriples - curatedTriples) / TRIPLES_PER_RECORD);
    }

    /** Writes {@code records} records to {@code out}, States and obligations taken from {@code curated}. */
    static void write(DatasetGraph curated, long records, long seed, Path out) throws IOException {
        List<String> states = subjectsOfType(curated, TG.term("State"));
        List<String> obligations = subjectsOfType(curated, TG.term("Obligation"));
        Random random = new Random(seed);
        String base = "https://w3id.org/treatygraph/id/";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    @prefix tg:      <https://w3id.org/treatygraph/ontology#> .
                    @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
                    @prefix dcterms: <http://purl.org/dc/terms/> .
                    @prefix prov:    <http://www.w3.org/ns/prov#> .
                    @prefix tgg:     <https://w3id.org/treatygraph/graph/> .
                    @base <https://w3id.org/treatygraph/id/> .

                    # Synthetic national implementation records for the scale benchmark (not real data).
                    tgg:catalog {
                    <source/synthetic-implementation-survey> a tg:Source ;
                        rdfs:label "Synthetic implementation survey (benchmark data)"@en ;
                        dcterms:title "Synthetic national implementation records generated for the TreatyGraph scale benchmark"@en ;
                        dcterms:publisher <organization/treatygraph> ;
                        dcterms:issued "2026-12-01"^^xsd:date ;
                        tg:authoritative false .
                    tgg:synthetic-implementation a tg:DataGraph ;
                        dcterms:title "Synthetic national implementation records (benchmark data)"@en ;
                        prov:wasDerivedFrom <source/synthetic-implementation-survey> .
                    }

                    tgg:synthetic-implementation {
                    """);
            long pairs = (long) states.size() * obligations.size();
            for (long i = 0; i < records; i++) {
                String state = states.get((int) (i % states.size()));
                String obligation = obligations.get((int) ((i / states.size()) % obligations.size()));
                long revision = i / pairs + 1;
                String record = "implementation/" + state.substring(state.lastIndexOf('/') + 1) + "/"
                        + obligation.substring((base + "obligation/").length()) + "/" + revision;
                w.write("<" + record + "> a tg:ImplementationRecord ; tg:implementingState <" + state
                        + "> ; tg:implementsObligation <" + obligation + "> ;\n    tg:nationalProvision \""
                        + LAWS.get(random.nextInt(LAWS.size())) + ", art. " + (1 + random.nextInt(400))
                        + "\" ; dcterms:date \"" + FIRST_DATE.plusDays(random.nextInt(1500))
                        + "\"^^xsd:date ; dcterms:source <source/synthetic-implementation-survey> .\n");
            }
            w.write("}\n");
        }
    }

    private static List<String> subjectsOfType(DatasetGraph dataset, Node type) {
        TreeSet<String> subjects = new TreeSet<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), type)
                .forEachRemaining(q -> subjects.add(q.getSubject().getURI()));
        return List.copyOf(subjects);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticData TRIPLES OUT.trig [SEED]");
            System.exit(2);
        }
        DatasetGraph curated = ProjectDatasetReader.read(ProjectFiles.at(Path.of("")));
        long records = recordsFor(Long.parseLong(args[0]), curated.stream().count());
        write(curated, records, args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED, Path.of(args[1]));
        System.out.println("Wrote " + records + " records (" + records * TRIPLES_PER_RECORD + " triples) to " + args[1]);
    }
}
