package org.w3id.treatygraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.server.Routes;
import org.w3id.treatygraph.server.TreatyGraphServer;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectDatasetReader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.write.Credentials;

/**
 * The benchmark harness (issue 6): TreatyGraph against a bare Fuseki over the same TDB2 store, against
 * nginx serving the same documents as static files, and against Virtuoso with the same quads; start-up;
 * load, validation and queries at growing synthetic sizes; a soak run with validated writes; cheap queries
 * beside expensive ones, under a query timeout.
 * Prints the tables and writes them to a Markdown file, with the machine they were measured on.
 *
 * <p>{@code bench/run} runs it in full; {@code --smoke} runs every in-process part for a fraction of a second
 * (the test {@code BenchSmokeTest} does, in CI). Options: {@code --out FILE} (default bench/results.md),
 * {@code --max-triples N} (default 10^7), {@code --scale-budget SECONDS} (default 1200: the largest time a size
 * may be predicted to take before the scale run stops), {@code --jar FILE} (the packaged server, for the
 * start-up measurement), {@code --parts LIST} (some of query, deref, soak, starvation, write, startup, scale).
 */
public final class Bench {
    private static final String JSON = "application/sparql-results+json";
    private static final IntPredicate OK = status -> status == 200;
    /** The parts of a run, in order; {@code --parts} picks some. */
    static final Set<String> PARTS = Set.of("query", "deref", "soak", "starvation", "write", "startup", "scale");
    /** The query timeout of the TreatyGraph server under test (Fuseki answers 503 past it). */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    /** How long and how hard each part runs. */
    record Settings(boolean smoke, double querySeconds, int queryConcurrency, int derefMillis, int[] connections,
                    long[] sizes, int soakSeconds, long soakRequests, Duration writeEvery, int starvationSeconds,
                    int scaleBudgetSeconds) {
        static Settings full(long maxTriples, int scaleBudget) {
            long[] sizes = Stream.of(10_000L, 100_000L, 1_000_000L, 10_000_000L).filter(s -> s <= maxTriples)
                    .mapToLong(Long::longValue).toArray();
            return new Settings(false, 1.0, 4, 5000, new int[] {1, 8, 64}, sizes, 90, 200_000, Duration.ofSeconds(2), 15,
                    scaleBudget);
        }

        static Settings forSmoke() {
            return new Settings(true, 0.05, 2, 200, new int[] {1, 8}, new long[] {30_000L}, 1, 500, Duration.ZERO, 1,
                    60);
        }
    }

    private final Settings settings;
    private final Path work;
    private final Path jar;
    private final Report report = new Report();
    private final ProjectFiles files = ProjectFiles.at(Path.of(""));
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private Set<String> parts = PARTS;
    private final List<List<String>> writeRows = new ArrayList<>(List.of(List.of("store", "written about", "writes",
            "errors", "p50", "p90", "p99", "max")));
    private String svg;

    Bench(Settings settings, Path work, Path jar) {
        this.settings = settings;
        this.work = work;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench/results.md");
        long maxTriples = 10_000_000L;
        int budget = 1200;
        boolean smoke = false;
        Path jar = Path.of("target/treatygraph.jar");
        Set<String> parts = PARTS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--max-triples" -> maxTriples = Long.parseLong(args[++i]);
                case "--scale-budget" -> budget = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--parts" -> parts = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("treatygraph-bench");
        Bench bench = new Bench(smoke ? Settings.forSmoke() : Settings.full(maxTriples, budget), work, jar);
        if (!PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("--parts takes a comma-separated list of " + PARTS);
        }
        bench.parts = parts;
        bench.runAll(out);
        System.exit(0);
    }

    /** Runs every part and writes the report (and the scale chart beside it). */
    void runAll(Path out) throws Exception {
        long started = System.nanoTime();
        // One line per request from Fuseki would drown the tables.
        LogCtl.setLevel(Fuseki.requestLogName, "WARN");
        LogCtl.setLevel(Fuseki.actionLogName, "WARN");
        LogCtl.setLevel(Fuseki.serverLogName, "WARN");
        machine();
        Tools.resetPeakRss();
        try (TreatyStore store = TreatyStore.open(work.resolve("store"))) {
            DataLoader.Result loaded = DataLoader.ensureLoaded(store, files, true);
            step("load curated files (in the bench JVM)");
            report.paragraph("Curated data: " + loaded.quads() + " quads in " + loaded.graphs() + " named graphs ("
                    + loaded.inferred() + " inferred), one TDB2 store on disk shared by TreatyGraph and the bare Fuseki.");
            TreatyGraphServer treatygraph = TreatyGraphServer.builder().port(0).loopback(true).store(store)
                    .exampleQueries(ExampleQuery.loadAll(Path.of("queries"))).queryTimeout(QUERY_TIMEOUT)
                    .credentials(Credentials.of("bench", SoakWriter.TOKEN)).build().start();
            FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/ds", store.datasetGraph()).build().start();
            try {
                String tgSparql = "http://127.0.0.1:" + treatygraph.port() + Routes.SPARQL;
                String bareSparql = "http://127.0.0.1:" + bare.getHttpPort() + "/ds/sparql";
                if (parts.contains("query")) {
                    queryOverhead(tgSparql, bareSparql, store.datasetGraph());
                }
                if (parts.contains("deref")) {
                    dereferencing("http://127.0.0.1:" + treatygraph.port(), store.datasetGraph());
                    report.paragraph("Requests answered from kept answers, before the servlet layer: "
                            + treatygraph.keptAnswers() + ".");
                }
                if (parts.contains("soak")) {
                    soak("http://127.0.0.1:" + treatygraph.port());
                }
                if (parts.contains("starvation")) {
                    starvation(tgSparql);
                }
                if (parts.contains("write")) {
                    writes("curated data, " + loaded.quads() + " quads", "http://127.0.0.1:" + treatygraph.port(),
                            store.datasetGraph());
                }
            } finally {
                treatygraph.stop();
                bare.stop();
            }
        }
        if (parts.contains("write")) {
            if (!settings.smoke()) {
                writesAtScale(1_000_000L);
            }
            writeReport();
        }
        if (parts.contains("startup")) {
            startup();
        }
        if (parts.contains("scale")) {
            scale();
        }
        memory();
        report.paragraph(String.format(Locale.ROOT, "Whole run: %.0f s.", (System.nanoTime() - started) / 1e9));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "# TreatyGraph benchmark results\n" + report.markdown(), StandardCharsets.UTF_8);
        if (svg != null) {
            Files.writeString(out.resolveSibling("scale.svg"), svg, StandardCharsets.UTF_8);
        }
    }

    private void machine() throws IOException {
        report.heading("Machine");
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("?");
        report.table(List.of(List.of("date", "cores", "memory", "CPU", "Java", "heap (-Xmx)", "mode"),
                List.of(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 19),
                        Integer.toString(Runtime.getRuntime().availableProcessors()), memory, cpu,
                        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB", settings.smoke() ? "smoke" : "full")));
        report.paragraph("Tools: wrk " + Tools.debianVersion("wrk") + ", nginx " + Tools.debianVersion("nginx-light")
                + ", Virtuoso " + Tools.debianVersion("virtuoso-opensource-7-bin") + ". The machine is shared with other"
                + " builds, so absolute figures are noisy; the ratios compare runs made one after the other in this"
                + " run. The servers under test run in the bench JVM (nginx and Virtuoso in their own processes);"
                + " the load generator shares the same 2 cores.");
    }

    // ------------------------------------------------------------------ query overhead

    private void queryOverhead(String tgSparql, String bareSparql, DatasetGraph dataset) throws Exception {
        report.heading("Query overhead: TreatyGraph /sparql vs bare Fuseki (same TDB2 store)");
        List<Path> queryFiles = queryFiles();
        if (settings.smoke()) {
            queryFiles = queryFiles.subList(0, 2);
        }
        Virtuoso virtuoso = null;
        String virtuosoNote;
        if (settings.smoke()) {
            virtuosoNote = "Virtuoso: not run in smoke mode.";
        } else if (!Virtuoso.available()) {
            virtuosoNote = "Virtuoso: not installed (apt-get install virtuoso-opensource), so no peer comparison.";
        } else {
            try {
                virtuoso = Virtuoso.start(Files.createDirectories(work.resolve("virtuoso")));
                long millis = virtuoso.load(dataset);
                virtuosoNote = "Virtuoso open source " + Tools.debianVersion("virtuoso-opensource-7-bin")
                        + ": bulk-loaded the same quads (N-Quads export) in " + millis + " ms.";
            } catch (IOException e) {
                virtuosoNote = "Virtuoso could not be started or loaded here: " + e.getMessage().lines().findFirst().orElse("");
                if (virtuoso != null) {
                    virtuoso.close();
                    virtuoso = null;
                }
            }
        }
        report.paragraph(String.format(Locale.ROOT, "Each query alone, %d concurrent clients for %.1f s per server,"
                + " every client alternating TreatyGraph and Fuseki request by request, so that both see the same"
                + " background load (a paired measurement); then Virtuoso alone;"
                + " latencies in ms; ratio = TreatyGraph / other (1.00 = same; ≤ 1.05 is the target against Fuseki)."
                + " 'same' checks that both answer with the same number of rows.", settings.queryConcurrency(),
                settings.querySeconds()));
        report.paragraph(virtuosoNote);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("query", "rows", "TG p50", "Fuseki p50", "p50 ratio", "TG p99", "Fuseki p99", "p99 ratio",
                "Virtuoso p50", "TG/Virtuoso p50", "same"));
        List<String> virtuosoErrors = new ArrayList<>();
        double logP50 = 0, logP99 = 0, logVirtuoso = 0;
        int virtuosoCount = 0;
        for (Path file : queryFiles) {
            String query = Files.readString(file);
            HttpRequest tg = HttpLoad.get(tgSparql + "?query=" + encode(query), JSON);
            HttpRequest fuseki = HttpLoad.get(bareSparql + "?query=" + encode(query), JSON);
            long tgRows = rows(HttpLoad.send(tg));
            long fusekiRows = rows(HttpLoad.send(fuseki));
            List<LoadResult> paired = measure(List.of(tg, fuseki));
            long[] tgLat = paired.get(0).latencies(), fuLat = paired.get(1).latencies();
            double tgP50 = LoadResult.percentile(tgLat, 50) / 1e6, fuP50 = LoadResult.percentile(fuLat, 50) / 1e6;
            double tgP99 = LoadResult.percentile(tgLat, 99) / 1e6, fuP99 = LoadResult.percentile(fuLat, 99) / 1e6;
            logP50 += Math.log(tgP50 / fuP50);
            logP99 += Math.log(tgP99 / fuP99);
            String vP50 = "–", vRatio = "–", same = tgRows == fusekiRows ? "yes" : "NO";
            if (virtuoso != null) {
                HttpRequest v = HttpLoad.get(virtuoso.sparqlUrl() + "?query=" + encode(query), JSON);
                HttpResponse<String> answer = HttpLoad.send(v);
                if (answer.statusCode() == 200) {
                    long vRows = rows(answer);
                    long[] vLat = measure(List.of(v)).get(0).latencies();
                    double p50 = LoadResult.percentile(vLat, 50) / 1e6;
                    vP50 = ms(p50);
                    vRatio = ratio(tgP50 / p50);
                    logVirtuoso += Math.log(tgP50 / p50);
                    virtuosoCount++;
                    same += vRows == tgRows ? ", Virtuoso yes" : ", Virtuoso " + vRows + " rows";
                } else {
                    vP50 = "error " + answer.statusCode();
                    virtuosoErrors.add(file.getFileName() + ": " + answer.body().lines().findFirst().orElse("").strip());
                }
            }
            rows.add(List.of(file.getFileName().toString().replace(".rq", ""), Long.toString(tgRows), ms(tgP50),
                    ms(fuP50), ratio(tgP50 / fuP50), ms(tgP99), ms(fuP99), ratio(tgP99 / fuP99), vP50, vRatio, same));
        }
        int n = queryFiles.size();
        rows.add(List.of("**geometric mean**", "", "", "", "**" + ratio(Math.exp(logP50 / n)) + "**", "", "",
                "**" + ratio(Math.exp(logP99 / n)) + "**", "",
                virtuosoCount == 0 ? "–" : "**" + ratio(Math.exp(logVirtuoso / virtuosoCount)) + "**", ""));
        report.table(rows);
        if (!virtuosoErrors.isEmpty()) {
            report.paragraph("Queries Virtuoso refused: " + String.join("; ", virtuosoErrors).replace("|", "\\|") + ".");
        }
        if (virtuoso != null) {
            peakRss.put("Virtuoso server process (load + queries)", virtuoso.peakRssMiB());
            virtuoso.close();
        }
        step("query overhead (TreatyGraph and Fuseki in the bench JVM)");
    }

    /** A warm-up, then the requests in turn from every client (paired when there are two). */
    private List<LoadResult> measure(List<HttpRequest> requests) {
        Duration duration = Duration.ofMillis((long) (settings.querySeconds() * 1000 * requests.size()));
        HttpLoad.runEach(requests, 1, duration.dividedBy(4), Long.MAX_VALUE, OK);
        return HttpLoad.runEach(requests, settings.queryConcurrency(), duration, Long.MAX_VALUE, OK);
    }

    private static long rows(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        var results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return ResultSetFormatter.consume(results);
    }

    // ------------------------------------------------------------------ dereferencing

    private static final int WARM_UP_SECONDS = 3;

    private void dereferencing(String tgBase, DatasetGraph dataset) throws Exception {
        report.heading("Dereferencing: TreatyGraph vs nginx serving the same documents as static files");
        List<String> resources = sampleResources(dataset, settings.smoke() ? 5 : 100);
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (String resource : resources) {
            for (String extension : List.of("ttl", "html")) {
                HttpResponse<String> answer = HttpLoad.send(HttpLoad.get(tgBase + "/doc/" + resource + "." + extension, "*/*"));
                documents.put("doc/" + resource + "." + extension, answer.body().getBytes(StandardCharsets.UTF_8));
            }
        }
        Map<String, List<String>> workloads = new LinkedHashMap<>();
        workloads.put("/id/… → 303", resources.stream().map(r -> "/id/" + r).toList());
        workloads.put("/doc/….ttl (Turtle)", resources.stream().map(r -> "/doc/" + r + ".ttl").toList());
        workloads.put("/doc/….html (HTML)", resources.stream().map(r -> "/doc/" + r + ".html").toList());
        boolean useWrk = !settings.smoke() && Wrk.available();
        Nginx nginx = !settings.smoke() && Nginx.available() ? Nginx.start(work.resolve("nginx"), documents) : null;
        report.paragraph(resources.size() + " resources (articles, obligations, States, treaty actions, …) requested in"
                + " turn; " + settings.derefMillis() / 1000.0 + " s per cell"
                + (useWrk ? ", after " + WARM_UP_SECONDS + " s of the same requests at 8 connections for both servers"
                        + " per kind (the JVM compiles its hot path in the first seconds)" : "") + "; load generator: "
                + (useWrk ? "wrk " + Tools.debianVersion("wrk") : "the harness's Java client (HttpLoad)")
                + (nginx == null ? "; nginx not run (" + (settings.smoke() ? "smoke mode" : "not installed") + ")." : ".")
                + " Latencies in ms; ratio = TreatyGraph requests/s ÷ nginx requests/s (target ≥ 80%). CPU per request:"
                + " the server process's user + system time during its cell ÷ requests answered (the bench JVM for"
                + " TreatyGraph, master and workers for nginx); their ratio, nginx's ÷ TreatyGraph's, is the share of"
                + " nginx's throughput TreatyGraph reaches on the same CPU, which depends less on what else the"
                + " machine runs than requests/s do.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("request", "connections", "TG req/s", "TG p50", "TG p90", "TG p99", "TG errors", "nginx req/s",
                "nginx p50", "nginx p99", "TG/nginx", "TG CPU µs/req", "nginx CPU µs/req", "nginx÷TG CPU per request"));
        Wrk wrk = new Wrk(work);
        Tools.resetPeakRss();
        for (Map.Entry<String, List<String>> workload : workloads.entrySet()) {
            IntPredicate expected = workload.getKey().startsWith("/id/") ? s -> s == 303 : OK;
            if (useWrk) {
                wrk.run(tgBase, workload.getValue(), 8, WARM_UP_SECONDS);
                if (nginx != null) {
                    wrk.run(nginx.baseUrl(), workload.getValue(), 8, WARM_UP_SECONDS);
                }
            }
            for (int connections : settings.connections()) {
                long tgCpu = Tools.cpuMicros(Tools.self());
                LoadResult tg = useWrk ? wrk.run(tgBase, workload.getValue(), connections, settings.derefMillis() / 1000)
                        : javaLoad(tgBase, workload.getValue(), connections, expected);
                tgCpu = Tools.cpuMicros(Tools.self()) - tgCpu;
                long ngCpu = nginx == null ? 0 : nginx.cpuMicros();
                LoadResult ng = nginx == null ? null : useWrk
                        ? wrk.run(nginx.baseUrl(), workload.getValue(), connections, settings.derefMillis() / 1000)
                        : javaLoad(nginx.baseUrl(), workload.getValue(), connections, expected);
                ngCpu = nginx == null ? 0 : nginx.cpuMicros() - ngCpu;
                // With wrk the bench JVM only serves (the harness waits for wrk): its CPU time is the server's.
                boolean cpu = useWrk && ng != null;
                rows.add(List.of(workload.getKey(), Integer.toString(connections), rate(tg.perSecond()),
                        ms(tg.p50() / 1e3), ms(tg.p90() / 1e3), ms(tg.p99() / 1e3), Long.toString(tg.errors()),
                        ng == null ? "–" : rate(ng.perSecond()), ng == null ? "–" : ms(ng.p50() / 1e3),
                        ng == null ? "–" : ms(ng.p99() / 1e3),
                        ng == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * tg.perSecond() / ng.perSecond()),
                        cpu ? perRequest(tgCpu, tg) : "–", cpu ? perRequest(ngCpu, ng) : "–",
                        cpu ? String.format(Locale.ROOT, "%.0f%%", 100.0 * ngCpu / ng.requests() / tgCpu * tg.requests())
                                : "–"));
            }
        }
        report.table(rows);
        step("dereferencing (TreatyGraph in the bench JVM)");
        if (nginx != null) {
            peakRss.put("nginx (master + workers)", nginx.peakRssMiB());
            nginx.close();
        }
    }

    private static String perRequest(long cpuMicros, LoadResult load) {
        return load.requests() == 0 ? "–" : String.format(Locale.ROOT, "%.1f", (double) cpuMicros / load.requests());
    }

    private LoadResult javaLoad(String base, List<String> paths, int connections, IntPredicate expected) {
        List<HttpRequest> requests = paths.stream().map(p -> HttpLoad.get(base + p, "*/*")).toList();
        return HttpLoad.run(requests, connections, Duration.ofMillis(settings.derefMillis()), Long.MAX_VALUE, expected);
    }

    /** Every k-th resource under id/ that has a type, so that all kinds of resource are in the sample. */
    private static List<String> sampleResources(DatasetGraph dataset, int count) {
        String query = "SELECT DISTINCT ?s WHERE { ?s a ?type FILTER(STRSTARTS(STR(?s), \"https://w3id.org/treatygraph/id/\")) }"
                + " ORDER BY ?s";
        List<String> all = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecutionFactory.create(query, org.apache.jena.query.DatasetFactory.wrap(dataset))) {
                execution.execSelect().forEachRemaining(row -> all.add(row.getResource("s").getURI()
                        .substring("https://w3id.org/treatygraph/id/".length())));
            }
        });
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < count && i * all.size() / count < all.size(); i++) {
            sample.add(all.get(i * all.size() / count));
        }
        return sample;
    }

    // ------------------------------------------------------------------ soak and starvation

    private void soak(String base) throws IOException, InterruptedException {
        report.heading("Soak: queries, dereferencing and validated writes mixed, bounded in time and requests");
        List<HttpRequest> mix = new ArrayList<>();
        for (Path file : queryFiles()) {
            mix.add(HttpLoad.get(base + Routes.SPARQL + "?query=" + encode(Files.readString(file)), JSON));
            mix.add(HttpLoad.get(base + "/id/treaty/un-cybercrime-convention/article/" + (mix.size() % 68 + 1), "text/turtle"));
            mix.add(HttpLoad.get(base + "/doc/treaty/un-cybercrime-convention/article/" + (mix.size() % 68 + 1), "text/html"));
            mix.add(HttpLoad.get(base + "/doc/treaty/un-cybercrime-convention/article/" + (mix.size() % 68 + 1) + ".ttl", "*/*"));
        }
        IntPredicate expected = s -> s == 200 || s == 303;
        int slices = settings.smoke() ? 1 : 6;
        Duration slice = Duration.ofMillis(settings.soakSeconds() * 1000L / slices);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("slice", "requests", "errors", "req/s", "p50", "p90", "p99", "max", "heap after GC (MiB)", "RSS (MiB)"));
        long startHeap = heapAfterGc();
        rows.add(List.of("start", "", "", "", "", "", "", "", Long.toString(startHeap), Long.toString(Tools.rssMiB(Tools.self()))));
        long total = 0, errors = 0, endHeap = startHeap;
        Tools.resetPeakRss();
        SoakWriter writer = SoakWriter.start(base, settings.writeEvery());
        for (int i = 1; i <= slices && total < settings.soakRequests(); i++) {
            LoadResult r = HttpLoad.run(mix, 8, slice, settings.soakRequests() / slices, expected);
            total += r.requests();
            errors += r.errors();
            endHeap = heapAfterGc();
            rows.add(List.of(Integer.toString(i), Long.toString(r.requests()), Long.toString(r.errors()), rate(r.perSecond()),
                    ms(r.p50() / 1e3), ms(r.p90() / 1e3), ms(r.p99() / 1e3), ms(r.max() / 1e3),
                    Long.toString(endHeap), Long.toString(Tools.rssMiB(Tools.self()))));
        }
        SoakWriter.Result writes = writer.stop();
        report.paragraph(String.format(Locale.ROOT, "8 reading clients over loopback for at most %d s and %d requests,"
                + " rotating through %d requests (every competency query, /id/ 303s, HTML and Turtle documents; expected"
                + " answers 200 and 303), and beside them one writing client (below). Total: %d requests, %d errors."
                + " Heap after GC %d MiB at the start, %d MiB after the last slice (%+d MiB). Latencies in ms.",
                settings.soakSeconds(), settings.soakRequests(), mix.size(), total, errors, startHeap, endHeap,
                endHeap - startHeap));
        report.table(rows);
        report.paragraph(String.format(Locale.ROOT, "Writes: one client sends a SPARQL Update to /update (with the"
                + " server's write credential) %s, each SHACL-validated in its transaction, logged and followed by"
                + " the update of the inferred graph. Three in four replace a note in a graph of their own and"
                + " must be committed (200); one in four breaks a shape (a second, malformed ISO code for a State)"
                + " and must be refused (422). Writes: %d committed, %d refused as expected, %d unexpected errors%s."
                + " Latencies in ms.", settings.writeEvery().isZero() ? "back to back"
                        : "starting one every " + settings.writeEvery().toSeconds() + " s",
                writes.accepted().requests(), writes.rejected().requests(), writes.unexpected(),
                writes.unexpected() == 0 ? "" : " (the first: " + writes.firstUnexpected() + ")"));
        report.table(List.of(List.of("write", "count", "p50", "p90", "p99", "max"),
                latencyRow("committed (200)", writes.accepted()), latencyRow("refused by the shapes (422)", writes.rejected())));
        step("soak (TreatyGraph in the bench JVM)");
    }

    /** One row of the write table: {@code writes} one-statement updates to the server at {@code base}. */
    private void writes(String store, String base, DatasetGraph dataset) {
        WriteLatency.Result result = WriteLatency.run(base, dataset, settings.smoke() ? 5 : 200);
        LoadResult r = result.latencies();
        writeRows.add(List.of(store, result.subjects(), Long.toString(r.requests()), Long.toString(r.errors()),
                ms(r.p50() / 1e3), ms(r.p90() / 1e3), ms(r.p99() / 1e3), ms(r.max() / 1e3)));
        step("writes (" + store + ")");
    }

    private void writeReport() {
        report.heading("Writes: one-statement authorised updates");
        report.paragraph("One client, back to back: authorised one-statement SPARQL Updates to /update (a note about"
                + " another resource each time, see WriteLatency), each validated on the touched nodes, logged,"
                + " entailed and made searchable before the answer. Latencies in ms.");
        report.table(writeRows);
    }

    /** The write part on the curated data and {@code size} synthetic triples, in a store of its own. */
    private void writesAtScale(long size) throws Exception {
        DatasetGraph curated = ProjectDatasetReader.read(files);
        Path home = Files.createDirectories(work.resolve("write-" + size));
        org.w3id.treatygraph.TestProject.copyHomeTo(home);
        long records = SyntheticData.recordsFor(size, curated.stream().count());
        SyntheticData.write(curated, records, SyntheticData.DEFAULT_SEED, home.resolve("data").resolve(SyntheticData.FILE_NAME));
        try (TreatyStore store = TreatyStore.open(home.resolve("store"))) {
            DataLoader.Result loaded = DataLoader.ensureLoaded(store, ProjectFiles.at(home), true);
            TreatyGraphServer server = TreatyGraphServer.builder().port(0).loopback(true).store(store)
                    .queryTimeout(QUERY_TIMEOUT).credentials(Credentials.of("bench", SoakWriter.TOKEN)).build().start();
            try {
                writes(String.format(Locale.ROOT, "curated + %,d synthetic triples, %d quads", size, loaded.quads()),
                        "http://127.0.0.1:" + server.port(), store.datasetGraph());
            } finally {
                server.stop();
            }
        }
    }

    private static List<String> latencyRow(String name, LoadResult result) {
        return List.of(name, Long.toString(result.requests()), ms(result.p50() / 1e3), ms(result.p90() / 1e3),
                ms(result.p99() / 1e3), ms(result.max() / 1e3));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024;
    }

    private void starvation(String sparql) {
        report.heading("Cheap queries while expensive ones run");
        String cheap = "PREFIX tg: <https://w3id.org/treatygraph/ontology#> SELECT ?treaty ?n WHERE { ?treaty tg:articleCount ?n }";
        String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?x . ?b a ?x FILTER (?a != ?b) }";
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        String backtracking = "SELECT * WHERE { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^((a+)\\\\2?)+$\")) }";
        HttpRequest cheapRequest = HttpLoad.get(sparql + "?query=" + encode(cheap), JSON);
        List<HttpRequest> heavyRequests = List.of(HttpLoad.get(sparql + "?query=" + encode(expensive), JSON),
                HttpLoad.get(sparql + "?query=" + encode(runaway), JSON),
                HttpLoad.get(sparql + "?query=" + encode(backtracking), JSON));
        long expensiveStart = System.nanoTime();
        HttpLoad.send(heavyRequests.get(0));
        double expensiveSeconds = (System.nanoTime() - expensiveStart) / 1e9;
        Duration duration = Duration.ofSeconds(settings.starvationSeconds());
        LoadResult alone = HttpLoad.run(List.of(cheapRequest), 2, duration, Long.MAX_VALUE, OK);
        int heavy = 16;
        AtomicLong cancelled = new AtomicLong();
        IntPredicate completed = status -> {
            if (status == 503 || status == 429) {
                cancelled.incrementAndGet();
            }
            return status == 200;
        };
        List<List<LoadResult>> heavyResult = new ArrayList<>();
        Thread background = new Thread(() -> heavyResult.add(HttpLoad.runEach(heavyRequests, heavy,
                duration.plusSeconds(1), Long.MAX_VALUE, completed)));
        background.start();
        LoadResult beside = HttpLoad.run(List.of(cheapRequest), 2, duration, Long.MAX_VALUE, OK);
        try {
            background.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LoadResult pairs = heavyResult.get(0).get(0), product = heavyResult.get(0).get(1), regex = heavyResult.get(0).get(2);
        long notCompleted = pairs.errors() + product.errors() + regex.errors();
        long requests = pairs.requests() + product.requests() + regex.requests();
        report.paragraph(String.format(Locale.ROOT, "A cheap query (the treaties' article counts) from 2 clients, alone"
                + " and then while %d clients loop three expensive ones in turn: pairs of resources of a common type"
                + " (%.1f s alone), a product of three triple patterns and a backtracking REGEX (both would run for"
                + " hours); %d s each. The server's query timeout is %d s; a query still running after %d ms needs one of"
                + " %d long-query places (%d per client; all clients here share one address), else it is cancelled"
                + " (503 or 429). Expensive queries: %d completed (pairs %d, product %d, regex %d), %d cancelled or"
                + " refused (pairs %d, product %d, regex %d), %d other errors. Latencies in ms.", heavy, expensiveSeconds,
                settings.starvationSeconds(), QUERY_TIMEOUT.toSeconds(), Limits.DEFAULTS.longQueryAfter().toMillis(),
                Limits.DEFAULTS.maxLongQueries(), Limits.DEFAULTS.maxLongQueriesPerClient(), requests - notCompleted,
                pairs.requests() - pairs.errors(), product.requests() - product.errors(), regex.requests() - regex.errors(),
                cancelled.get(), pairs.errors(), product.errors(), regex.errors(), notCompleted - cancelled.get()));
        report.table(List.of(
                List.of("cheap query", "requests", "errors", "p50", "p99", "max", "expensive completed",
                        "expensive cancelled (503/429)"),
                List.of("alone", Long.toString(alone.requests()), Long.toString(alone.errors()), ms(alone.p50() / 1e3),
                        ms(alone.p99() / 1e3), ms(alone.max() / 1e3), "–", "–"),
                List.of("beside " + heavy + " expensive", Long.toString(beside.requests()), Long.toString(beside.errors()),
                        ms(beside.p50() / 1e3), ms(beside.p99() / 1e3), ms(beside.max() / 1e3),
                        Long.toString(requests - notCompleted),
                        Long.toString(cancelled.get()))));
    }

    // ------------------------------------------------------------------ start-up

    private void startup() throws Exception {
        report.heading("Start-up (the packaged server, a fresh JVM each time)");
        if (settings.smoke() || !Files.exists(jar)) {
            report.paragraph(settings.smoke() ? "Not run in smoke mode." : "Not run: " + jar + " is missing (mvn package).");
            return;
        }
        Path store = work.resolve("startup-store");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("start", "to first successful query (ms)", "peak RSS (MiB)", "what the server logged"));
        // As ./treatygraph runs it: the first serve records the class-data archive when it stops, later ones map it.
        Path archive = work.resolve("treatygraph.jsa");
        rows.add(startOnce("first start: load + validate + inference into an empty store", store,
                "-XX:ArchiveClassesAtExit=" + archive));
        rows.add(startOnce("warm start: store unchanged (`java -jar`)", store));
        rows.add(startOnce("warm start: store unchanged, with the class-data archive (`./treatygraph serve`)", store,
                "-XX:SharedArchiveFile=" + archive));
        report.table(rows);
    }

    private List<String> startOnce(String name, Path store, String... javaOptions) throws Exception {
        int port = Ports.free();
        Path log = work.resolve("startup-" + System.nanoTime() + ".log");
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java", "-Xlog:cds*=off"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve", "--home", files.home().toString(),
                "--store", store.toString(), "--port", Integer.toString(port), "--localhost"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpRequest ask = HttpLoad.get("http://127.0.0.1:" + port + "/sparql?query=" + encode("ASK { ?s ?p ?o }"), JSON);
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("the server exited: " + Files.readString(log));
                }
                try {
                    if (HttpLoad.send(ask).statusCode() == 200) {
                        break;
                    }
                } catch (IllegalStateException notYet) {
                    Thread.sleep(20);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long rss = Tools.peakRssMiB(process.pid());
            String logged = String.join(" ", Files.readAllLines(log).stream()
                    .filter(l -> l.contains("loaded") || l.contains("up to date") || l.contains("Search index"))
                    .map(l -> l.substring(l.indexOf(":: ") + 1).replaceFirst("^: ", "").strip())
                    .map(l -> l.replaceFirst("^Search index: +", "Search index: ")).toList());
            return List.of(name, Long.toString(millis), Long.toString(rss), logged.replace("|", "\\|"));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    // ------------------------------------------------------------------ scale

    private void scale() throws Exception {
        report.heading("Scale: synthetic implementation records");
        List<String> queries = List.of("bench/queries/records-per-state.rq", "bench/queries/records-of-one-state.rq",
                "bench/queries/states-without-record.rq");
        DatasetGraph curated = ProjectDatasetReader.read(files);
        long curatedTriples = curated.stream().count();
        report.paragraph("Generated with `SyntheticData` (seed " + SyntheticData.DEFAULT_SEED + ", "
                + SyntheticData.TRIPLES_PER_RECORD + " triples per record) beside the curated files, then loaded by"
                + " the product's loader into a fresh TDB2 store on disk: parse + store (streamed into a new storage by TDB2's"
                + " bulk loader, entailments derived as statements pass, then the loader's index build), SHACL validation"
                + " over the stored statements, completing the inference and the status, store (the commit and the switch"
                + " to the new storage). Load CPU: what the bench JVM used during the load, all threads (on a shared"
                + " machine a fairer figure than the wall time); load average: the machine's, 1 minute, at the start."
                + " Sizes are asserted triples (curated + synthetic). Queries (bench/queries/): median of 5 runs after"
                + " one warm-up, in the bench JVM. Times in ms; peak RSS of the bench JVM in MiB during the step.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("triples", "quads stored", "parse + store", "validate", "infer", "commit + switch", "load total",
                "load CPU", "load average",
                "q1 per State", "q2 one State", "q3 without record", "peak RSS parse/validate/infer/store", "peak RSS queries"));
        List<double[]> points = new ArrayList<>();
        String stopped = "every size asked for was run";
        double[] previous = null;
        for (long size : settings.sizes()) {
            if (previous != null) {
                double predicted = previous[6] * Math.pow((double) size / previous[0], 1.3) / 1000;
                if (predicted > settings.scaleBudgetSeconds()) {
                    stopped = String.format(Locale.ROOT, "stopped before %,d triples: the load would take about %.0f s"
                            + " (the last size's time × (size ratio)^1.3), over the budget of %d s per size", size,
                            predicted, settings.scaleBudgetSeconds());
                    break;
                }
            }
            try {
                double[] point = scaleOnce(curated, curatedTriples, size, queries, rows);
                points.add(point);
                previous = point;
            } catch (OutOfMemoryError e) {
                stopped = String.format(Locale.ROOT, "stopped at %,d triples: out of memory (heap %d MiB)", size,
                        Runtime.getRuntime().maxMemory() / 1024 / 1024);
                break;
            }
        }
        report.table(rows);
        report.paragraph("Where it stopped: " + stopped + ".");
        if (points.size() >= 1) {
            String[] names = {"parse + store", "validate (SHACL)", "infer", "commit + switch", "load total", "q1 records per State",
                    "q2 one State's records", "q3 States without record"};
            List<ScaleChart.Series> series = new ArrayList<>();
            double[] sizes = points.stream().mapToDouble(p -> p[0]).toArray();
            List<String> exponents = new ArrayList<>();
            for (int k = 0; k < names.length; k++) {
                int column = k + 2;
                ScaleChart.Series s = new ScaleChart.Series(names[k], sizes, points.stream().mapToDouble(p -> p[column]).toArray());
                series.add(s);
                exponents.add(String.format(Locale.ROOT, "%s %.2f", names[k], s.exponent()));
            }
            svg = ScaleChart.svg("TreatyGraph: time against dataset size (log-log)", series);
            report.paragraph("Fitted exponents k (time ∝ size^k, least squares on log-log; 1 = linear): "
                    + String.join(", ", exponents) + ". Chart: ![time against size](scale.svg)");
        }
    }

    /** Returns {size, quads, parse, validate, infer, store, total, q1, q2, q3}. */
    private double[] scaleOnce(DatasetGraph curated, long curatedTriples, long size, List<String> queries,
                               List<List<String>> rows) throws Exception {
        Path home = Files.createDirectories(work.resolve("scale-" + size));
        org.w3id.treatygraph.TestProject.copyHomeTo(home);
        long records = SyntheticData.recordsFor(size, curatedTriples);
        SyntheticData.write(curated, records, SyntheticData.DEFAULT_SEED, home.resolve("data").resolve(SyntheticData.FILE_NAME));
        System.out.printf("Scale %,d triples: %,d synthetic records%n", size, records);
        List<Long> phaseRss = new ArrayList<>();
        Tools.resetPeakRss();
        double[] point = new double[10];
        String loadAverage = Tools.loadAverage();
        long cpu = Tools.cpuMillis();
        try (TreatyStore store = TreatyStore.open(home.resolve("store"))) {
            DataLoader.Result result = DataLoader.ensureLoaded(store, ProjectFiles.at(home), true, line -> {
                System.out.println("  " + line);
                if (!line.startsWith("  ")) {
                    phaseRss.add(Tools.peakRssMiB(Tools.self()));
                    Tools.resetPeakRss();
                }
            });
            cpu = Tools.cpuMillis() - cpu;
            phaseRss.add(Tools.peakRssMiB(Tools.self()));
            Tools.resetPeakRss();
            point[0] = curatedTriples + records * SyntheticData.TRIPLES_PER_RECORD;
            point[1] = result.quads();
            point[2] = result.parseMillis();
            point[3] = result.validationMillis();
            point[4] = result.inferenceMillis();
            point[5] = result.storeMillis();
            point[6] = result.millis();
            var dataset = org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph());
            for (int q = 0; q < queries.size(); q++) {
                String text = Files.readString(Path.of(queries.get(q)));
                long[] times = new long[6];
                for (int run = 0; run < times.length; run++) {
                    long start = System.nanoTime();
                    Txn.executeRead(dataset, () -> {
                        try (QueryExecution execution = QueryExecutionFactory.create(text, dataset)) {
                            ResultSetFormatter.consume(execution.execSelect());
                        }
                    });
                    times[run] = System.nanoTime() - start;
                }
                long[] measured = Arrays.copyOfRange(times, 1, times.length);
                Arrays.sort(measured);
                point[7 + q] = measured[measured.length / 2] / 1e6;
            }
        }
        // phases reported: parsing (start), parsed, valid, inferred; then the end of storing
        String rss = phaseRss.size() >= 5 ? phaseRss.get(1) + " / " + phaseRss.get(2) + " / " + phaseRss.get(3) + " / "
                + phaseRss.get(4) : phaseRss.toString();
        rows.add(List.of(String.format(Locale.ROOT, "%,.0f", point[0]), String.format(Locale.ROOT, "%,.0f", point[1]),
                ms(point[2]), ms(point[3]), ms(point[4]), ms(point[5]), ms(point[6]), ms(cpu), loadAverage,
                ms(point[7]), ms(point[8]),
                ms(point[9]), rss, Long.toString(Tools.peakRssMiB(Tools.self()))));
        deleteTree(home);
        return point;
    }

    // ------------------------------------------------------------------ memory and helpers

    private void step(String name) {
        peakRss.put(name, Tools.peakRssMiB(Tools.self()));
        Tools.resetPeakRss();
    }

    private void memory() {
        report.heading("Peak RSS of the other steps");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("step", "peak RSS (MiB)"));
        peakRss.forEach((step, mib) -> rows.add(List.of(step, Long.toString(mib))));
        report.table(rows);
        report.paragraph("The bench JVM's figures are its peak during the step (the kernel's VmHWM, reset between"
                + " steps); a JVM keeps the heap it grew, so a step's figure includes what earlier steps left.");
    }

    private static List<Path> queryFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("queries", "queries/crossref")) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                paths.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }
}
