package org.w3id.treatygraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark harness in its smoke version: every in-process part for a fraction of a second, at the
 * smallest scale, without the external tools. It proves the harness works; the figures mean nothing.
 */
class BenchSmokeTest {

    @Test
    void smokeRunWritesEveryTable(@TempDir Path work) throws Exception {
        Path out = work.resolve("results.md");
        new Bench(Bench.Settings.forSmoke(), work, work.resolve("no.jar")).runAll(out);

        String results = Files.readString(out);
        for (String heading : new String[] {"## Machine", "## Query overhead", "## Dereferencing", "## Soak",
                "## Cheap queries while expensive ones run", "## Start-up", "## Scale", "## Peak RSS"}) {
            assertTrue(results.contains(heading), "no section " + heading + " in:\n" + results);
        }
        assertTrue(results.contains("| **geometric mean** |"), results);
        assertTrue(results.matches("(?s).*Total: \\d+ requests, 0 errors.*"), "the soak run had errors:\n" + results);
        assertTrue(results.matches("(?s).*Writes: [1-9]\\d* committed, [1-9]\\d* refused as expected, 0 unexpected errors.*"),
                "the soak run's writes were not committed and refused as expected:\n" + results);
        assertTrue(results.matches("(?s).*\\| beside 16 expensive \\|( [^|]+ \\|){6} [1-9]\\d* \\|.*"),
                "no expensive query was cancelled by the query timeout or the long-query places:\n" + results);
        // 3 x 10^4: the curated files alone hold about 20,500 triples since the crosswalk of issue 17.
        assertTrue(results.matches("(?s).*\\| (29,9\\d\\d|30,0\\d\\d) \\| .*"),
                "no scale row for about 3 x 10^4 triples (the curated files plus the generated records):\n" + results);
        assertTrue(Files.readString(work.resolve("scale.svg")).startsWith("<svg"), "no chart");
    }
}
