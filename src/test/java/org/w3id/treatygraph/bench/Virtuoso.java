package org.w3id.treatygraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Virtuoso open source (Debian's {@code virtuoso-opensource}) as the peer triple store: a database of its
 * own in a temporary folder, on loopback ports, loaded with the same quads through its bulk loader
 * ({@code ld_dir} and {@code rdf_loader_run}). Its SPARQL endpoint ranges over all graphs when a query
 * names none, as TreatyGraph's union default graph does.
 */
final class Virtuoso implements AutoCloseable {
    private final Path prefix;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    private Virtuoso(Path prefix, int sqlPort, int httpPort, Process process) {
        this.prefix = prefix;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    static boolean available() {
        return Tools.onPath("virtuoso-t") && Tools.onPath("isql-vt");
    }

    static Virtuoso start(Path prefix) throws IOException, InterruptedException {
        int sqlPort = Ports.free();
        int httpPort = Ports.free();
        Path data = Files.createDirectories(prefix.resolve("load"));
        String ini = """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0
                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                MaxClientConnections = 100
                CheckpointInterval = 60
                CaseMode = 2
                DirsAllowed = ., %3$s, /usr/share/virtuoso-opensource-7/vad
                ThreadsPerQuery = 2
                NumberOfBuffers = 170000
                MaxDirtyBuffers = 130000
                MaxQueryMem = 2G
                [HTTPServer]
                ServerPort = 127.0.0.1:%4$d
                ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                MaxClientConnections = 100
                ServerThreads = 100
                MaxKeepAlives = 100
                KeepAliveTimeout = 10
                Charset = UTF-8
                EnabledGzipContent = 0
                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 120
                MaxQueryCostEstimationTime = 400
                """.formatted(prefix, sqlPort, data, httpPort);
        Path config = prefix.resolve("virtuoso.ini");
        Files.writeString(config, ini, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(Tools.which("virtuoso-t").orElseThrow().toString(), "-f", "-c",
                config.toString()).directory(prefix.toFile()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        Virtuoso virtuoso = new Virtuoso(prefix, sqlPort, httpPort, process);
        Ports.awaitListening(httpPort, process, prefix.resolve("virtuoso.log"));
        return virtuoso;
    }

    /** Loads every quad of {@code dataset} with the bulk loader; returns the time in milliseconds. */
    long load(DatasetGraph dataset) throws IOException {
        Path file = prefix.resolve("load/treatygraph.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        }
        long start = System.nanoTime();
        isql("ld_dir('" + file.getParent() + "', 'treatygraph.nq', 'https://w3id.org/treatygraph/graph/unnamed'); "
                + "rdf_loader_run(); checkpoint;");
        long millis = (System.nanoTime() - start) / 1_000_000;
        String status = isql("SELECT ll_state, ll_error FROM DB.DBA.load_list;");
        if (status.contains("ERROR") || !status.contains("2")) {
            throw new IOException("Virtuoso's bulk loader failed: " + status);
        }
        return millis;
    }

    String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    long peakRssMiB() {
        return Tools.peakRssMiB(process.pid());
    }

    private String isql(String statements) throws IOException {
        return Tools.run(List.of("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statements), 3600);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
