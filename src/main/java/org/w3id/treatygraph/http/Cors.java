package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;

/** Cross-origin access to reads: any origin may read, no credentials, the linked-data headers exposed. */
public final class Cors {
    private static final HttpField ANY_ORIGIN = ResponseHeaders.field("Access-Control-Allow-Origin", "*");
    private static final HttpField EXPOSED = ResponseHeaders.field("Access-Control-Expose-Headers",
            "Link, ETag, Last-Modified, Location, Content-Location, Vary");

    private Cors() {}

    public static void allowRead(HttpServletResponse response) {
        ResponseHeaders.put(response, ANY_ORIGIN);
        ResponseHeaders.put(response, EXPOSED);
    }
}
