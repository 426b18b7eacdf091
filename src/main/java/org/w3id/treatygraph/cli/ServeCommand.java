package org.w3id.treatygraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.importer.DepositaryRefresh;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.server.RequestLog;
import org.w3id.treatygraph.server.TreatyGraphServer;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.write.Credentials;
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

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Enable writes for the credential 'admin' with this token (at least 16 characters); also read"
                    + " from the environment variable TREATYGRAPH_ADMIN_TOKEN. Without a credential the server is read-only.")
    String adminToken;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Enable writes for the credential 'admin' with the token in FILE, which keeps it out of the"
                    + " process list.")
    Path adminTokenFile;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Enable writes for the credentials in FILE, one 'name token' per line.")
    Path credentialsFile;

    @Option(names = "--cors-write-origin", paramLabel = "ORIGIN",
            description = "An origin (https://host) whose pages may write, besides the server's own; repeatable."
                    + " Reads are open to every origin.")
    Set<String> writeOrigins = Set.of();

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "Cancel SPARQL queries after this many seconds (default: " + Limits.DEFAULT_QUERY_TIMEOUT_SECONDS + ").")
    Long queryTimeoutSeconds;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted (default: " + Limits.DEFAULT_MAX_BODY_BYTES + " bytes).")
    Long maxBody;

    @Option(names = "--depositary-url", paramLabel = "URL",
            description = "Keep the treaty actions current from this UN depositary status record (MTDSG XML): fetched,"
                    + " imported, validated and applied when it adds or corrects an action.")
    URI depositaryUrl;

    @Option(names = "--refresh-every", paramLabel = "DURATION", defaultValue = "24h",
            description = "How often to fetch --depositary-url, e.g. 24h, 90m (default: ${DEFAULT-VALUE}).")
    String refreshEvery;

    @Option(names = "--depositary-record", paramLabel = "TREATY:REF", defaultValue = "un-cybercrime-convention:XVIII-16",
            description = "The treaty slug and MTDSG reference of --depositary-url (default: ${DEFAULT-VALUE}).")
    String depositaryRecord;

    @Option(names = "--request-log", paramLabel = "all|sampled|off", defaultValue = "all",
            description = "Fuseki's lines per request (SPARQL queries, Graph Store reads): all of them, sampled (at most"
                    + " about 10 a second) or off; warnings and errors are always logged (default: ${DEFAULT-VALUE}).")
    String requestLog;

    // ---- SPARQL query limits (docs/limits.md); defaults from Limits.DEFAULTS
    @Option(names = "--max-query-length", paramLabel = "CHARACTERS", defaultValue = "" + Limits.DEFAULT_MAX_QUERY_LENGTH,
            description = "Longest query text accepted, refused with 413 before parsing (default: ${DEFAULT-VALUE}).")
    int maxQueryLength;

    @Option(names = "--max-query-depth", paramLabel = "LEVELS", defaultValue = "" + Limits.DEFAULT_MAX_QUERY_DEPTH,
            description = "Deepest nesting of { } groups in a query (expressions and paths: 8 times as deep), refused with"
                    + " 400 (default: ${DEFAULT-VALUE}).")
    int maxQueryDepth;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_CONCURRENT_QUERIES,
            description = "Queries running at once; more wait up to --query-queue-wait, then get 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries;

    @Option(names = "--query-queue-wait", paramLabel = "MILLISECONDS", defaultValue = "" + Limits.DEFAULT_QUERY_QUEUE_WAIT_MILLIS,
            description = "How long a query waits for a place when the server is full (default: ${DEFAULT-VALUE}).")
    long queryQueueWaitMillis;

    @Option(names = "--long-query-after", paramLabel = "MILLISECONDS", defaultValue = "" + Limits.DEFAULT_LONG_QUERY_AFTER_MILLIS,
            description = "A query still running after this long is a long query (default: ${DEFAULT-VALUE}).")
    long longQueryAfterMillis;

    @Option(names = "--max-long-queries", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_LONG_QUERIES,
            description = "Long queries running at once; one more is cancelled with 503 (default: ${DEFAULT-VALUE}).")
    int maxLongQueries;

    @Option(names = "--max-long-queries-per-client", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_LONG_QUERIES_PER_CLIENT,
            description = "Long queries running at once from one client address; one more is cancelled with 429. Behind a"
                    + " proxy every client has the proxy's address: raise it to --max-long-queries (default: ${DEFAULT-VALUE}).")
    int maxLongQueriesPerClient;

    @Option(names = "--max-result-rows", paramLabel = "ROWS", defaultValue = "" + Limits.DEFAULT_MAX_RESULT_ROWS,
            description = "Largest answer in rows (SELECT) or triples (CONSTRUCT, DESCRIBE); larger get 422 (default: ${DEFAULT-VALUE}).")
    long maxResultRows;

    @Option(names = "--max-result-bytes", paramLabel = "BYTES", defaultValue = "" + Limits.DEFAULT_MAX_RESULT_BYTES,
            description = "Largest answer in bytes; larger get 422 (default: ${DEFAULT-VALUE}).")
    long maxResultBytes;
    // ---- end of SPARQL query limits

    @Override
    public Integer call() {
        Duration refreshPeriod = depositaryUrl == null ? null : StatusDurations.parse(refreshEvery);
        String[] record = depositaryRecord.split(":", 2);
        if (record.length != 2) {
            throw new IllegalArgumentException("--depositary-record is TREATY:REF, e.g. un-cybercrime-convention:XVIII-16");
        }
        RequestLog logging = requestLog();
        var files = options.files();
        TreatyStore store = options.openStore();
        try {
            LOG.info("Store: {}", options.describeStore());
            LOG.info(DataLoader.ensureLoaded(store, files, false, LOG::info).describe());
            TreatyGraphServer.Builder builder = TreatyGraphServer.builder()
                    .port(port)
                    .loopback(localhost)
                    .store(store)
                    .baseUri(baseUri)
                    .exampleQueries(ExampleQuery.loadAll(files.home().resolve("queries")))
                    .credentials(credentials())
                    .writeOrigins(writeOrigins);
            Limits limits = Limits.DEFAULTS.withQueryLimits(maxQueryLength, maxQueryDepth, maxConcurrentQueries,
                    Duration.ofMillis(queryQueueWaitMillis), Duration.ofMillis(longQueryAfterMillis),
                    maxLongQueries, maxLongQueriesPerClient, maxResultRows, maxResultBytes);
            if (queryTimeoutSeconds != null) {
                limits = limits.withQueryTimeout(Duration.ofSeconds(queryTimeoutSeconds));
            }
            if (maxBody != null) {
                limits = limits.withMaxBodyBytes(maxBody);
            }
            logging.apply();
            TreatyGraphServer server = builder.limits(limits).build().start();
            server.endpointDescriptions().forEach(LOG::info);
            LOG.info("TreatyGraph is ready on port {}", server.port());
            try (DepositaryRefresh refresh = depositaryUrl == null ? null
                    : new DepositaryRefresh(files, store, depositaryUrl, record[0], record[1], LOG::info).start(refreshPeriod)) {
                server.join();
            }
            return 0;
        } finally {
            store.close();
        }
    }

    private RequestLog requestLog() {
        try {
            return RequestLog.valueOf(requestLog.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--request-log is all, sampled or off, not '" + requestLog + "'");
        }
    }

    private Credentials credentials() {
        String token = adminToken != null ? adminToken : System.getenv("TREATYGRAPH_ADMIN_TOKEN");
        if (adminTokenFile != null) {
            try {
                token = Files.readString(adminTokenFile).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the admin token file " + adminTokenFile + ": " + e.getMessage());
            }
        }
        Credentials credentials = token == null || token.isBlank() ? Credentials.none() : Credentials.of("admin", token);
        return credentialsFile == null ? credentials : Credentials.fromFile(credentialsFile, credentials);
    }
}
