package org.w3id.treatygraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.w3id.treatygraph.query.QueryRunner;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query file against the local store (loading the files first if they changed)"
                + " and print the answer as a table, or as CSV with --csv.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "FILE", description = "The .rq file to run, e.g. queries/01-signatories-25-october.rq")
    Path file;

    @Option(names = "--csv", description = "Print SELECT results as CSV.")
    boolean csv;

    @Override
    public Integer call() {
        Query query = QueryRunner.parse(file);
        try (TreatyStore store = options.openStore()) {
            DataLoader.ensureLoaded(store, options.files(), false);
            new QueryRunner(store.dataset()).run(query, csv, System.out);
            return 0;
        }
    }
}
