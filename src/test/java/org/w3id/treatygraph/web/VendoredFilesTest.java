package org.w3id.treatygraph.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The third-party browser code and data the server ships (static/vendor): every file the manifest lists is served
 * with the SHA-256 the manifest records, every file in the folder is listed, and every package has its licence file.
 */
class VendoredFilesTest {
    private static final Path VENDOR = Path.of("src/main/resources/static/vendor");

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    /** The manifest's rows (file, package, version, licence, source, sha256), as the server serves it. */
    private static List<String[]> manifest() throws Exception {
        HttpResponse<byte[]> response = server.get("/static/vendor/manifest.tsv", null);
        assertEquals(200, response.statusCode());
        List<String> lines = new String(response.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("file\tpackage\tversion\tlicence\tsource\tsha256", lines.get(0));
        return lines.stream().skip(1).map(line -> line.split("\t")).toList();
    }

    @Test
    void everyServedFileMatchesItsChecksum() throws Exception {
        List<String[]> rows = manifest();
        assertTrue(rows.size() >= 7, rows.size() + " files");
        for (String[] row : rows) {
            assertEquals(6, row.length, String.join("|", row));
            assertFalse(row[2].contains("^") || row[2].contains("~") || row[2].equals("latest"), "a pinned version: " + row[2]);
            HttpResponse<byte[]> file = server.get("/static/vendor/" + row[0], null);
            assertEquals(200, file.statusCode(), row[0]);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
            assertEquals(row[5], sha256, row[0] + " differs from the manifest: run scripts/vendor-refresh");
        }
    }

    @Test
    void everyFileIsListedAndEveryPackageHasItsLicence() throws Exception {
        List<String[]> rows = manifest();
        Set<String> listed = rows.stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.walk(VENDOR)) {
            Set<String> present = files.filter(Files::isRegularFile).map(p -> VENDOR.relativize(p).toString())
                    .filter(name -> !name.equals("manifest.tsv")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, listed, "the manifest lists exactly the vendored files");
        }
        for (String pkg : rows.stream().map(r -> r[1]).distinct().toList()) {
            String[] licence = rows.stream().filter(r -> r[1].equals(pkg) && r[0].matches(".*/LICEN[CS]E(\\.\\w+)?"))
                    .findFirst().orElseThrow(() -> new AssertionError("no licence file for " + pkg));
            String text = new String(server.get("/static/vendor/" + licence[0], null).body(), StandardCharsets.UTF_8);
            assertTrue(text.contains(licence[3]) || text.contains("Permission"), pkg + ": " + licence[3] + " text");
            assertTrue(Arrays.asList("MIT", "ISC").contains(licence[3]), pkg + " under " + licence[3]);
        }
    }
}
