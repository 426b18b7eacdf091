package org.w3id.treatygraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

/** Every curated file parses in Jena and, independently, in RDF4J Rio, to the same statements count. */
class CuratedFilesParseTest {

    static Stream<Path> curatedFiles() {
        return TestProject.files().allFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("curatedFiles")
    void parsesInJenaAndRdf4j(Path file) throws Exception {
        DatasetGraph jena = RDFDataMgr.loadDatasetGraph(file.toString());
        long jenaCount = jena.stream().count();
        RDFFormat format = Rio.getParserFormatForFileName(file.toString()).orElseThrow();
        Model rdf4j;
        try (InputStream in = Files.newInputStream(file)) {
            rdf4j = Rio.parse(in, TG.ID, format);
        }
        assertFalse(rdf4j.isEmpty(), file + " is empty");
        assertEquals(jenaCount, rdf4j.size(), file + ": Jena and RDF4J disagree on the number of statements");
    }
}
