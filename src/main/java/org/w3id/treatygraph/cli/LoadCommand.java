package org.w3id.treatygraph.cli;

import java.util.concurrent.Callable;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Validate the curated files and load them into the store (skipped when unchanged).")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--force", description = "Reload even when the files are unchanged.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TreatyStore store = options.openStore()) {
            DataLoader.Result result = DataLoader.ensureLoaded(store, options.files(), force,
                    spec.commandLine().getErr()::println);
            spec.commandLine().getOut().println(options.describeStore() + ": " + result.describe());
            return 0;
        }
    }
}
