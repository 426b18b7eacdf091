package org.w3id.treatygraph.cli;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.server.TreatyGraphServer;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Validate and load the curated files if they changed, then serve the SPARQL endpoint.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("treatygraph");

    @Mixin
    StoreOptions options;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Public base the canonical IRIs are served under, e.g. https://w3id.org/treatygraph/"
                    + " behind a proxy (default: the base each request was made to).")
    String baseUri;

    @Override
    public Integer call() {
        var files = options.files();
        TreatyStore store = options.openStore();
        try {
            LOG.info("Store: {}", options.describeStore());
            LOG.info(DataLoader.ensureLoaded(store, files, false, LOG::info).describe());
            TreatyGraphServer server = TreatyGraphServer.builder()
                    .port(port)
                    .loopback(localhost)
                    .store(store)
                    .baseUri(baseUri)
                    .exampleQueries(ExampleQuery.loadAll(files.home().resolve("queries")))
                    .build()
                    .start();
            server.endpointDescriptions().forEach(LOG::info);
            LOG.info("TreatyGraph is ready on port {}", server.port());
            server.join();
            return 0;
        } finally {
            store.close();
        }
    }
}
