package org.w3id.treatygraph.cli;

import java.io.PrintWriter;
import org.w3id.treatygraph.store.DataFileException;
import org.w3id.treatygraph.store.InvalidDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code treatygraph} command line: serve, validate, load, query and the data conversions. */
@Command(name = "treatygraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Knowledge graph of the UN Convention against Cybercrime, validated with SHACL and served"
                + " by an embedded Apache Jena Fuseki.",
        subcommands = {ServeCommand.class, ValidateCommand.class, LoadCommand.class, QueryCommand.class,
                ImportStatesCommand.class, ImportDepositaryCommand.class, ImportTextCommand.class,
                CommandLine.HelpCommand.class})
public final class TreatyGraphCommand {
    /** Exit code when the curated data does not conform to the shapes or cannot be parsed. */
    public static final int EXIT_INVALID_DATA = 1;
    /** Exit code for other failures (unreadable files, store in use, port taken). */
    public static final int EXIT_FAILURE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new TreatyGraphCommand())
                .setExecutionExceptionHandler(TreatyGraphCommand::handle);
    }

    // Errors are reported as messages a person can act on, never as stack traces.
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidDataException invalid && !invalid.writtenGraphs().isEmpty()) {
            err.println("Refusing to load: the curated files conform to the SHACL shapes, but not together with what"
                    + " was written through the API into " + String.join(", ", invalid.writtenGraphs().stream()
                    .map(g -> "<" + g.getURI() + ">").toList()) + ". Correct the files or those graphs.");
            err.println(invalid.outcome().summary());
            err.flush();
            return EXIT_INVALID_DATA;
        }
        if (e instanceof InvalidDataException invalid) {
            err.println("Refusing to load: the curated files do not conform to the SHACL shapes.");
            err.println(invalid.outcome().summary());
            err.flush();
            return EXIT_INVALID_DATA;
        }
        if (e instanceof DataFileException) {
            err.println("Refusing to load: a curated file cannot be read.");
            err.println(e.getMessage());
            err.flush();
            return EXIT_INVALID_DATA;
        }
        err.println("Error: " + e.getMessage());
        err.flush();
        return EXIT_FAILURE;
    }
}
