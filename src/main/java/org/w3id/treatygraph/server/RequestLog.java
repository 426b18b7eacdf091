package org.w3id.treatygraph.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.fuseki.Fuseki;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.BurstFilter;

/**
 * How much the server logs per request (the operator's {@code serve --request-log}). Fuseki writes, for every
 * request it dispatches (SPARQL queries, Graph Store reads, and names of one segment such as {@code /search} that
 * it looks at before passing them on), a line when it starts, one when it ends and a line in the NCSA format;
 * the linked-data routes ({@code /id/}, {@code /doc/}, {@code /graph/}) write none. Warnings and errors are
 * always written.
 */
public enum RequestLog {
    /** Every line, as Fuseki writes them (the default). */
    ALL,
    /** At most {@link #SAMPLED_PER_SECOND} lines a second on average, in bursts of up to {@link #SAMPLED_BURST}. */
    SAMPLED,
    /** None. */
    OFF;

    static final int SAMPLED_PER_SECOND = 10;
    static final int SAMPLED_BURST = 100;
    /** Fuseki's per-request loggers: the action log (start and end of a request) and the NCSA request log. */
    static final List<String> LOGGERS = List.of(Fuseki.actionLogName, Fuseki.requestLogName);

    /** The loggers {@link #apply()} configured: ALL takes back only these, never an operator's own configuration. */
    private static final Set<String> CONFIGURED = ConcurrentHashMap.newKeySet();

    /** Configures the per-request loggers in Log4j (for the whole process). */
    public void apply() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        for (String name : LOGGERS) {
            if (CONFIGURED.remove(name)) {
                configuration.removeLogger(name);
            }
            if (this != ALL) {
                CONFIGURED.add(name);
                LoggerConfig logger = new LoggerConfig(name, this == OFF ? Level.WARN : Level.INFO, true);
                if (this == SAMPLED) {
                    logger.addFilter(BurstFilter.newBuilder().setLevel(Level.INFO).setRate(SAMPLED_PER_SECOND)
                            .setMaxBurst(SAMPLED_BURST).build());
                }
                configuration.addLogger(name, logger);
            }
        }
        context.updateLoggers();
    }
}
