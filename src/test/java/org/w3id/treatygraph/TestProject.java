package org.w3id.treatygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.treatygraph.store.ProjectDatasetReader;
import org.w3id.treatygraph.store.ProjectFiles;

/** The checkout's curated files, as tests see them (Maven runs tests from the project folder). */
public final class TestProject {
    /** The prefixes (and base, for {@code <state/VNM>}-style names) the tests' SPARQL Updates are written with. */
    public static final String WRITE_PREFIXES = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX tgg: <https://w3id.org/treatygraph/graph/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/treatygraph/id/>
            """;
    private static DatasetGraph source;

    private TestProject() {}

    public static Path home() {
        return Path.of("").toAbsolutePath();
    }

    public static ProjectFiles files() {
        return ProjectFiles.at(home());
    }

    /** The curated files parsed once; callers must not modify it. */
    public static synchronized DatasetGraph sourceDataset() {
        if (source == null) {
            source = ProjectDatasetReader.read(files());
        }
        return source;
    }

    /** A modifiable copy of the curated dataset. */
    public static DatasetGraph copyOfSource() {
        DatasetGraph copy = DatasetGraphFactory.create();
        sourceDataset().find().forEachRemaining(copy::add);
        return copy;
    }

    /** Copies ontology/, shapes/ and data/ into {@code target}, for tests that change files. */
    public static Path copyHomeTo(Path target) {
        for (String folder : List.of("ontology", "shapes", "data")) {
            copyTree(home().resolve(folder), target.resolve(folder));
        }
        return target;
    }

    /** Copies the folder {@code from} with everything in it to {@code to}, created where missing. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
