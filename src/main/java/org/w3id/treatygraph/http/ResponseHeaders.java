package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Header fields encoded once and written as bytes: Jetty copies a {@link PreEncodedHttpField} into the response
 * instead of checking and encoding its value character by character on every answer, which was the largest single
 * cost of a dereference in the profile (docs/benchmarks.md). For headers that never change, and for those of a
 * document that change only with the store's version.
 */
public final class ResponseHeaders {

    private ResponseHeaders() {}

    /** A field encoded once; the name is matched to Jetty's known headers so that it replaces their values. */
    public static HttpField field(String name, String value) {
        HttpHeader known = HttpHeader.CACHE.get(name);
        return known != null ? new PreEncodedHttpField(known, value) : new PreEncodedHttpField(name, value);
    }

    /** Sets {@code field}, replacing any value of the same header (like {@link HttpServletResponse#setHeader}). */
    public static void put(HttpServletResponse response, HttpField field) {
        ServletContextResponse jetty;
        try {
            jetty = ServletContextResponse.getServletContextResponse(response);
        } catch (IllegalStateException notJetty) {
            response.setHeader(field.getName(), field.getValue());
            return;
        }
        jetty.getHeaders().put(field);
    }
}
