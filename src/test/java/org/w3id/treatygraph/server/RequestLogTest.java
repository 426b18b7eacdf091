package org.w3id.treatygraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.Fuseki;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** serve --request-log: Fuseki's lines of each SPARQL request, through a real server, counted at the root logger. */
class RequestLogTest {
    private final AtomicInteger lines = new AtomicInteger();
    private final AbstractAppender counter = new AbstractAppender("request-log-test", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            String logger = event.getLoggerName();
            if (logger.equals(Fuseki.actionLogName) || logger.equals(Fuseki.requestLogName)) {
                lines.incrementAndGet();
            }
        }
    };

    private int linesOf(RequestLog setting, int queries) throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        counter.start();
        context.getConfiguration().getRootLogger().addAppender(counter, Level.ALL, null);
        context.updateLoggers();
        setting.apply();
        lines.set(0);
        try (RunningServer server = new RunningServer()) {
            for (int i = 0; i < queries; i++) {
                assertEquals(200, server.query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
            }
        } finally {
            context.getConfiguration().getRootLogger().removeAppender(counter.getName());
            context.updateLoggers();
        }
        return lines.get();
    }

    @AfterEach
    void backToTheDefault() {
        RequestLog.ALL.apply();
    }

    @Test
    void allWritesLinesForEveryQueryOffNone() throws Exception {
        int all = linesOf(RequestLog.ALL, 20);
        assertTrue(all >= 20 * 3, "Fuseki's start, end and NCSA lines of 20 queries: " + all);
        assertEquals(0, linesOf(RequestLog.OFF, 20));
        assertTrue(linesOf(RequestLog.ALL, 5) >= 5 * 3, "ALL did not bring the lines back");
    }

    @Test
    void sampledWritesNoMoreThanItsBurst() throws Exception {
        int sampled = linesOf(RequestLog.SAMPLED, RequestLog.SAMPLED_BURST);
        assertTrue(sampled > 0, "sampling wrote nothing");
        // Three lines a query: the burst and what the rate refills while the queries run, far below all of them.
        assertTrue(sampled < RequestLog.SAMPLED_BURST * 3, "sampling wrote " + sampled + " lines");
    }
}
