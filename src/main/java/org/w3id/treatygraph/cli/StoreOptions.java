package org.w3id.treatygraph.cli;

import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the curated files and the store. */
final class StoreOptions {
    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding ontology/, shapes/ and data/ (default: the working directory).")
    Path home;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "treatygraph-db",
            description = "TDB2 database folder (default: ${DEFAULT-VALUE} under the working directory).")
    Path store;

    @Option(names = "--mem", description = "Use an in-memory store instead of a database on disk.")
    boolean memory;

    ProjectFiles files() {
        return ProjectFiles.at(home);
    }

    TreatyStore openStore() {
        if (memory) {
            return TreatyStore.inMemory();
        }
        try {
            return TreatyStore.open(store);
        } catch (DBOpEnvException e) {
            throw new IllegalStateException("Cannot open the store " + store.toAbsolutePath()
                    + ": it is in use by another process (is `treatygraph serve` running?). Query the running"
                    + " server's endpoint, use another --store, or --mem. (" + e.getMessage() + ")", e);
        }
    }

    String describeStore() {
        return memory ? "in-memory TDB2 store" : "TDB2 store " + store.toAbsolutePath().normalize();
    }
}
