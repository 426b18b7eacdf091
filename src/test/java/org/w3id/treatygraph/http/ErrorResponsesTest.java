package org.w3id.treatygraph.http;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors are answered in one way everywhere: the status, a message by {@code Accept} (text, JSON, a page);
 * a failure inside the server is a 500 that shows a request id and nothing of the cause, which the log keeps
 * under the same id.
 */
class ErrorResponsesTest {
    /** A resource whose every read fails, as a broken disk would make it fail. */
    private static final Node BROKEN = TG.id("state/VNM");
    private static final String CAUSE = "storage failure with a secret detail";
    private static final List<LogEvent> LOGGED = new CopyOnWriteArrayList<>();
    private static final AbstractAppender CAPTURE = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            LOGGED.add(event.toImmutable());
        }
    };

    @RegisterExtension
    static final RunningServer server = new RunningServer(FailingOn::new, builder -> { });

    @BeforeAll
    static void captureTheLog() {
        CAPTURE.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(CAPTURE, Level.ERROR, null);
        context.updateLoggers();
    }

    @AfterAll
    static void releaseTheLog() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(CAPTURE.getName());
        context.updateLoggers();
    }

    @Test
    void aFailureAnswers500WithARequestIdAndTheLogHasTheCause() throws Exception {
        HttpResponse<byte[]> response = server.get("/id/state/VNM", "text/plain");
        String body = text(response);
        assertEquals(500, response.statusCode(), body);
        assertFalse(body.contains(CAUSE) || body.contains("Exception"), "no cause shown to the client: " + body);
        Matcher id = Pattern.compile("Request id: ([0-9a-f]{8})").matcher(body);
        assertTrue(id.find(), body);
        LogEvent logged = LOGGED.stream().filter(e -> e.getMessage().getFormattedMessage().contains(id.group(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no log entry with request id " + id.group(1)));
        assertNotNull(logged.getThrown(), "the log has the stack trace");
        assertEquals(CAUSE, logged.getThrown().getMessage());
    }

    @Test
    void errorsAreJsonForClientsThatAskForJson() throws Exception {
        HttpResponse<byte[]> response = server.get("/id/no/such/thing", "application/json");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject error = JSON.parse(text(response));
        assertEquals(404, error.get("status").getAsNumber().value().intValue());
        assertTrue(error.getString("message").contains("has no resource"), text(response));
    }

    @Test
    void errorsArePagesForBrowsersAndTextOtherwise() throws Exception {
        HttpResponse<byte[]> page = server.get("/doc/no/such/thing", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(404, page.statusCode());
        assertTrue(text(page).contains("<h1>Not found</h1>"), text(page));
        HttpResponse<byte[]> plain = server.get("/doc/no/such/thing", null);
        assertEquals(404, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aMethodARouteDoesNotTakeIs405WithAllow() throws Exception {
        HttpResponse<byte[]> response = server.sendBody("POST", "/doc/treaty/un-cybercrime-convention", "x",
                "Content-Type", "text/plain");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The store, except that reading the broken resource fails. */
    private static final class FailingOn extends DatasetGraphWrapper {
        FailingOn(DatasetGraph store) {
            super(store);
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            fail(s);
            return super.find(g, s, p, o);
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            fail(s);
            return super.contains(g, s, p, o);
        }

        private static void fail(Node subject) {
            if (BROKEN.equals(subject)) {
                throw new IllegalStateException(CAUSE);
            }
        }
    }
}
