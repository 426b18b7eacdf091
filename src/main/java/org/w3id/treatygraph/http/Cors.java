package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.eclipse.jetty.http.HttpField;

/** Cross-origin access to reads: any origin may read, no credentials, the linked-data headers exposed. */
public final class Cors {
    private static final HttpField ANY_ORIGIN = ResponseHeaders.field("Access-Control-Allow-Origin", "*");
    private static final HttpField EXPOSED = ResponseHeaders.field("Access-Control-Expose-Headers",
            "Link, ETag, Last-Modified, Location, Content-Location, Vary");
    /** The header fields of a read answer, encoded once. */
    static final List<HttpField> READ = List.of(ANY_ORIGIN, EXPOSED);

    private Cors() {}

    public static void allowRead(HttpServletResponse response) {
        READ.forEach(field -> ResponseHeaders.put(response, field));
    }
}
