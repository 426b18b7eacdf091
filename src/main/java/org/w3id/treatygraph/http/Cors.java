package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletResponse;

/** Cross-origin access to reads: any origin may read, no credentials, the linked-data headers exposed. */
public final class Cors {
    private static final String EXPOSED = "Link, ETag, Last-Modified, Location, Content-Location, Vary";

    private Cors() {}

    public static void allowRead(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }
}
