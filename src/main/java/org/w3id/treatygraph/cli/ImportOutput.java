package org.w3id.treatygraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.importer.DepositaryImport;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;

/** The last step of the import commands: write the validated result as a data file, then load the store from the files. */
final class ImportOutput {
    private ImportOutput() {}

    /**
     * Writes {@code imported} to {@code target} as TriG under {@code header}, reports {@code wrote}, and brings the
     * store up to date with the files (the new one included).
     */
    static void writeAndLoad(StoreOptions options, PrintWriter out, DatasetGraph imported, Path target, String header,
                             String wrote) throws IOException {
        try (OutputStream file = Files.newOutputStream(target)) {
            DepositaryImport.write(imported, header, file);
        }
        out.println(wrote);
        try (TreatyStore store = options.openStore()) {
            out.println(options.describeStore() + ": " + DataLoader.ensureLoaded(store, options.files(), false).describe());
        }
    }
}
