package org.w3id.treatygraph.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.treatygraph.vocab.TG;

/**
 * Reads the curated files into an in-memory dataset: the ontology into {@link TG#ONTOLOGY_GRAPH}, the
 * shapes into {@link TG#SHAPES_GRAPH}, and each data file's named graphs as they are written. Data files
 * must put every triple in a named graph, because every graph must name its source.
 */
public final class ProjectDatasetReader {

    private ProjectDatasetReader() {}

    public static DatasetGraph read(ProjectFiles files) {
        DatasetGraph dataset = readRules(files);
        streamData(files, dataset::add);
        return dataset;
    }

    /** The ontology and the shapes only: what every data statement is checked and entailed with. */
    public static DatasetGraph readRules(ProjectFiles files) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (Path file : files.ontologyFiles()) {
            parse(files, file, intoGraph(dataset, TG.ONTOLOGY_GRAPH));
        }
        for (Path file : files.shapesFiles()) {
            parse(files, file, intoGraph(dataset, TG.SHAPES_GRAPH));
        }
        return dataset;
    }

    /** Parses the data files one after the other, handing each quad to {@code sink} as it is read. */
    public static void streamData(ProjectFiles files, Consumer<Quad> sink) {
        for (Path file : files.dataFiles()) {
            parse(files, file, namedGraphsOnly(sink, files.relative(file)));
        }
    }

    private static void parse(ProjectFiles files, Path file, StreamRDF destination) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        try {
            // Curated files must be clean: warnings (a bad IRI, say) are errors too, reported in the exception.
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(destination);
        } catch (RiotException e) {
            throw new DataFileException(files.relative(file) + ": " + e.getMessage(), e);
        }
    }

    /** Sends every triple of a Turtle file into one named graph. */
    private static StreamRDF intoGraph(DatasetGraph dataset, Node graph) {
        StreamRDF sink = StreamRDFLib.dataset(dataset);
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple triple) {
                sink.quad(Quad.create(graph, triple));
            }
        };
    }

    /** Accepts quads in named graphs and refuses triples in the default graph. */
    private static StreamRDF namedGraphsOnly(Consumer<Quad> quads, String fileName) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                throw new DataFileException(fileName + ": the triple " + triple
                        + " is outside any named graph; data files must put every triple in a named graph.");
            }

            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    triple(quad.asTriple());
                }
                quads.accept(quad);
            }
        };
    }
}
