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

    /** The answer to a preflight for a read: GET and HEAD from any origin, with the caching request headers. */
    public static void preflight(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
        response.setHeader("Access-Control-Max-Age", "86400");
    }
}
