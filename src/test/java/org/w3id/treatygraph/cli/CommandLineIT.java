package org.w3id.treatygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.importer.FixturePdf;
import org.w3id.treatygraph.importer.OfficialTextFixture;

/** The packaged jar, run as a user runs it: {@code java -jar target/treatygraph.jar …}. */
class CommandLineIT {
    private static final Path JAR = TestProject.home().resolve("target/treatygraph.jar");
    private static final Pattern READY = Pattern.compile("TreatyGraph is ready on port (\\d+)");

    @TempDir
    Path temp;

    record Run(int exitCode, String output) {}

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = run(List.of("--help"), TestProject.home());
        assertEquals(0, run.exitCode());
        for (String command : List.of("serve", "validate", "load", "query", "import-states", "import-depositary",
                "import-text")) {
            assertTrue(run.output().contains(command), run.output());
        }
    }

    @Test
    void serveRefusesToStartOnNonConformingDataWithAReadableReport() throws Exception {
        Path home = TestProject.copyHomeTo(temp.resolve("home"));
        Path actions = home.resolve("data/untc-depositary.trig");
        Files.writeString(actions, Files.readString(actions).replaceFirst("tg:party <state/DZA> ;", ""));
        Run run = run(List.of("serve", "--mem", "--port", "0", "--home", home.toString()), home);
        assertEquals(TreatyGraphCommand.EXIT_INVALID_DATA, run.exitCode(), run.output());
        assertTrue(run.output().contains("Refusing to load: the curated files do not conform to the SHACL shapes."), run.output());
        assertTrue(run.output().contains("signature/DZA"), run.output());
        assertTrue(run.output().contains("A treaty action needs exactly one tg:party"), run.output());
        assertTrue(!run.output().contains("\tat org."), "no stack trace: " + run.output());
    }

    @Test
    void importTextReadsAPdfWithThePackagedPdfBox() throws Exception {
        Path home = OfficialTextFixture.home(temp.resolve("home"));
        Path pdf = FixturePdf.write(temp.resolve("A_RES_79_243_E.pdf"));
        Run run = run(List.of("import-text", pdf.toString(), "--language", "en", "--home", home.toString(), "--mem"), home);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Wrote the official text of 11 provisions"), run.output());
        assertTrue(Files.readString(home.resolve("data/official-text-en.trig")).contains("\"Placeholder measure beta.\"@en"));
    }

    @Test
    void validateReportsConformance() throws Exception {
        Run run = run(List.of("validate"), TestProject.home());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("The data conforms to the shapes."));
    }

    @Test
    void serveLoadsIntoTdb2AnswersSparqlAndTheStoreIsQueryableAfterwards() throws Exception {
        Path db = temp.resolve("db");
        Process serve = start(List.of("serve", "--port", "0", "--localhost", "--store", db.toString()), TestProject.home());
        List<String> log = new ArrayList<>();
        try {
            int port = awaitReady(serve, log);
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/treatygraph/ontology#Article> ;"
                    + " <https://w3id.org/treatygraph/ontology#treaty> <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> }";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertEquals("n\r\n68\r\n", response.body());
            assertTrue(String.join("\n", log).contains("Validated and loaded"), String.join("\n", log));
            // The MCP endpoint from the shaded jar: its JSON mapper and schema validator are found through service files.
            try (McpSyncClient mcp = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://localhost:" + port)
                    .endpoint("/mcp").build()).build()) {
                mcp.initialize();
                McpSchema.CallToolResult provision = mcp.callTool(new McpSchema.CallToolRequest("get_provision",
                        Map.of("article", 41, "paragraph", 1)));
                assertEquals(Boolean.FALSE, provision.isError(), provision.toString());
                assertTrue(provision.structuredContent().toString().contains("round-the-clock contact point"));
            }
            assertTrue(String.join("\n", log).contains("http://localhost:" + port + "/sparql"), String.join("\n", log));
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        Run query = run(List.of("query", "--csv", "--store", db.toString(), "queries/07-articles-per-chapter.rq"),
                TestProject.home());
        assertEquals(0, query.exitCode(), query.output());
        assertTrue(query.output().startsWith("chapter,title,articles,first,last"), query.output());
        assertTrue(query.output().contains("2,Criminalization,15,7,21"), query.output());
    }

    private static int awaitReady(Process serve, List<String> log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            log.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
        }
        throw new AssertionError("the server stopped before it was ready:\n" + String.join("\n", log));
    }

    private static Process start(List<String> arguments, Path workingDirectory) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        command.addAll(arguments);
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
    }

    private static Run run(List<String> arguments, Path workingDirectory) throws Exception {
        Process process = start(arguments, workingDirectory);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
        return new Run(process.exitValue(), output);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
