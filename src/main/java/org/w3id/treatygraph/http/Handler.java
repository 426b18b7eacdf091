package org.w3id.treatygraph.http;

import java.io.IOException;

/**
 * Answers the GET and HEAD requests of one path family. A handler answers through the {@link Exchange}
 * or throws {@link HttpError}; the {@link RouteServlet} that runs it renders errors and failures.
 */
@FunctionalInterface
public interface Handler {
    void handle(Exchange exchange) throws IOException;
}
