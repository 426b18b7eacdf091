package org.w3id.treatygraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.treatygraph.store.InvalidDataException;
import org.w3id.treatygraph.store.ProjectDatasetReader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;

/** What the importers share: the curated data an import's output will join, and the check that they conform together. */
final class CuratedImport {
    private CuratedImport() {}

    /** The curated files without what a previous import wrote to {@code output}: an import replaces, never adds to it. */
    static DatasetGraph curatedWithout(ProjectFiles files, Path output) {
        DatasetGraph curated = ProjectDatasetReader.read(files);
        if (Files.exists(output)) {
            RDFDataMgr.loadDatasetGraph(output.toString()).find().forEachRemaining(curated::delete);
        }
        return curated;
    }

    /**
     * Validates the curated data together with the import's result against the shapes.
     *
     * @throws InvalidDataException when they do not conform together
     */
    static void requireConforms(DatasetGraph curated, DatasetGraph imported) {
        DatasetGraph combined = DatasetGraphFactory.create();
        curated.find().forEachRemaining(combined::add);
        imported.find().forEachRemaining(combined::add);
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(combined).validate(combined);
        if (!outcome.conforms()) {
            throw new InvalidDataException(outcome);
        }
    }
}
