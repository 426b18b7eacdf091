package org.w3id.treatygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.w3id.treatygraph.http.Cors;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.http.RequestBody;

/**
 * Cross-origin access: any origin may read (no credentials, never a reflected origin); a write is refused,
 * preflight and request alike, unless it comes from the server's own origin or one the operator allowed. A
 * page elsewhere can then never write with a curator's credentials.
 */
final class CrossOrigin implements Filter {
    private final Set<String> writeOrigins;
    private final PublicBase base;
    private final ErrorResponder errors;
    private final long maxBodyBytes;

    /** @param writeOrigins origins ("https://example.org") the operator allows to write, besides the server's own */
    CrossOrigin(Set<String> writeOrigins, PublicBase base, ErrorResponder errors, long maxBodyBytes) {
        this.writeOrigins = Set.copyOf(writeOrigins);
        this.base = base;
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, res);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String requested = request.getHeader("Access-Control-Request-Method");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && requested != null;
        boolean write = isWrite(path, preflight ? requested : request.getMethod());
        if (write && !mayWrite(origin, request)) {
            // Read what was sent, so that the refusal reaches a client still sending its body.
            RequestBody.discard(request, maxBodyBytes);
            errors.send(request, response, HttpError.forbidden("Writes from another origin (" + origin + ") are refused."
                    + " The operator can allow an origin with --cors-write-origin."));
            return;
        }
        if (write) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
        } else {
            Cors.allowRead(response);
        }
        if (preflight) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Methods", write ? "POST, PUT, DELETE" : "GET, HEAD, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", write ? "Authorization, Content-Type"
                    : "Accept, Content-Type, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            return;
        }
        chain.doFilter(req, res);
    }

    /** Requests that change the store: SPARQL Update and the Graph Store Protocol's writes. */
    static boolean isWrite(String path, String method) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !read && (path.equals("/update") || path.equals("/data"));
    }

    private boolean mayWrite(String origin, HttpServletRequest request) {
        return writeOrigins.contains(origin) || origin.equals(originOf(base.of(request)));
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
