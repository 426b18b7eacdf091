package org.w3id.treatygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's {@code wrk}, driven with a Lua script that rotates over a list of paths and prints one
 * machine-readable line of results. Errors are failed connections, reads, writes, timeouts and statuses
 * of 400 and above.
 */
final class Wrk {
    private static final String SCRIPT = """
            local paths = {}
            local counter = 0
            function init(args)
              for line in io.lines(args[1]) do table.insert(paths, line) end
            end
            function request()
              counter = counter + 1
              return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept"] = "*/*"})
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                e.connect + e.read + e.write + e.status + e.timeout,
                latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
            end
            """;

    private final Path directory;

    Wrk(Path directory) {
        this.directory = directory;
    }

    static boolean available() {
        return Tools.onPath("wrk");
    }

    /** Runs wrk against {@code base} (e.g. "http://127.0.0.1:8080") over {@code paths}. */
    LoadResult run(String base, List<String> paths, int connections, int seconds) throws IOException {
        Path script = directory.resolve("rotate.lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Path list = Files.createTempFile(directory, "paths", ".txt");
        Files.write(list, paths, StandardCharsets.UTF_8);
        int threads = Math.min(connections, 2);
        String output = Tools.run(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "30s", "-s", script.toString(), base, "--", list.toString()), seconds + 60);
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no result:\n" + output));
        String[] f = line.split(" ");
        return new LoadResult(Long.parseLong(f[1]), Long.parseLong(f[3]), Long.parseLong(f[2]) / 1e6,
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), new long[0]);
    }
}
