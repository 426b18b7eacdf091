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
import org.w3id.treatygraph.mcp.McpEndpoint;

/**
 * Cross-origin access: any origin may read (no credentials, never a reflected origin); a write is refused,
 * preflight and request alike, unless it comes from the server's own origin or one the operator allowed. A
 * page elsewhere can then never write with a curator's credentials. The MCP endpoint refuses every foreign
 * origin, as the protocol asks against DNS rebinding: only pages of the operator's public base, of a loopback
 * host, or of an origin the operator allowed may call it (clients that send no Origin are not browsers).
 */
final class CrossOrigin implements Filter {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

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
        if (path.equals(McpEndpoint.PATH)) {
            mcp(origin, preflight, request, response, chain);
            return;
        }
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

    private void mcp(String origin, boolean preflight, HttpServletRequest request, HttpServletResponse response,
                     FilterChain chain) throws IOException, ServletException {
        if (!mayCallMcp(origin)) {
            RequestBody.discard(request, maxBodyBytes);
            errors.send(request, response, HttpError.forbidden("Requests to " + McpEndpoint.PATH + " from a page of"
                    + " another origin (" + origin + ") are refused (DNS-rebinding protection). The operator can allow"
                    + " an origin with --cors-write-origin."));
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", "Mcp-Session-Id");
        if (preflight) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE");
            response.setHeader("Access-Control-Allow-Headers",
                    "Accept, Content-Type, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID");
            response.setHeader("Access-Control-Max-Age", "86400");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Not the Host header: a rebound name reaches this server with the attacker's page as Host and Origin alike. */
    private boolean mayCallMcp(String origin) {
        if (writeOrigins.contains(origin) || base.configured().map(b -> originOf(b).equals(origin)).orElse(false)) {
            return true;
        }
        try {
            String host = URI.create(origin).getHost();
            return host != null && LOOPBACK.contains(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
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
