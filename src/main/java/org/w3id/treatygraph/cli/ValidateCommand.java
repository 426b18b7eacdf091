package org.w3id.treatygraph.cli;

import java.util.concurrent.Callable;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.validation.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the ontology, shapes and data files against the SHACL shapes, without loading."
                + " Exits with 1 when they do not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationOutcome outcome = DataLoader.validate(options.files());
        (outcome.conforms() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(outcome.summary());
        return outcome.conforms() ? 0 : TreatyGraphCommand.EXIT_INVALID_DATA;
    }
}
