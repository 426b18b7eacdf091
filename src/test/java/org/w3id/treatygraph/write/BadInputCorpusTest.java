package org.w3id.treatygraph.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.write.WriteEndpointsTest.TOKEN;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The corpus of bad inputs in {@code src/test/resources/bad-inputs/}: each file names a request (method,
 * path, content type, body after "---"), the status it must get and a fragment of the message. Every case
 * is sent with a valid credential, must never get a 500, and must leave the store exactly as it was.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)));

    record Case(String name, String method, String path, String contentType, int status, String message, String body) {
        static Case read(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int separator = text.indexOf("\n---\n");
                List<String> header = text.substring(0, separator).lines().toList();
                return new Case(file.getFileName().toString(), value(header, "method"), value(header, "path"),
                        value(header, "content-type"), Integer.parseInt(value(header, "status")), value(header, "message"),
                        text.substring(separator + 5));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String value(List<String> header, String key) {
            return header.stream().filter(l -> l.startsWith(key + ":")).findFirst()
                    .map(l -> l.substring(key.length() + 1).strip()).orElseThrow();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.sorted().map(Case::read).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void badInputGetsAClearErrorAndChangesNothing(Case input) throws Exception {
        long before = server.store().size();
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + TOKEN));
        if (!input.contentType().equals("-")) {
            headers.addAll(List.of("Content-Type", input.contentType()));
        }
        HttpResponse<byte[]> response = input.method().equals("GET")
                ? server.getWith(input.path(), headers.toArray(String[]::new))
                : server.sendBody(input.method(), input.path(), input.body(), headers.toArray(String[]::new));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(input.status(), response.statusCode(), input + ": " + body);
        assertTrue(body.contains(input.message()), input + ": expected '" + input.message() + "' in: " + body);
        assertTrue(!body.contains("\tat org.") && !body.contains("Exception:"), input + ": a stack trace leaked: " + body);
        assertEquals(before, server.store().size(), input + ": the store changed");
    }
}
