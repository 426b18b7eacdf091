package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * Runs one route's {@link Handler} for GET and HEAD, answers OPTIONS, refuses other methods with
 * 405, sets the headers every read answer carries (CORS, security policy), and hands every error and
 * failure to the {@link ErrorResponder}.
 */
public final class RouteServlet extends HttpServlet {
    private static final String SECURITY_POLICY = securityPolicy();
    /** The headers of every answer of a route, encoded once: CORS for reads, then the security policy. */
    public static final List<HttpField> ROUTE_HEADERS = Stream.concat(Cors.READ.stream(), Stream.of(
            ResponseHeaders.field("X-Content-Type-Options", "nosniff"),
            ResponseHeaders.field("Content-Security-Policy", SECURITY_POLICY),
            ResponseHeaders.field("X-Frame-Options", "DENY"),
            ResponseHeaders.field("Referrer-Policy", "no-referrer"))).toList();

    private final transient String prefix;
    private final transient Handler handler;
    private final transient PublicBase base;
    private final transient ErrorResponder errors;

    /** @param prefix the part of the path that names the route; the rest goes to the handler */
    public RouteServlet(String prefix, Handler handler, PublicBase base, ErrorResponder errors) {
        this.prefix = prefix;
        this.handler = handler;
        this.base = base;
        this.errors = errors;
    }

    /**
     * The content security policy: everything from the serving origin only, no inline script or style. A page whose
     * vendored library injects fixed style sheets may allow exactly those by their hashes ("sha256-…").
     */
    public static String securityPolicy(String... styleHashes) {
        StringBuilder styles = new StringBuilder("'self'");
        for (String hash : styleHashes) {
            styles.append(" '").append(hash).append('\'');
        }
        return "default-src 'self'; img-src 'self' data:; style-src " + styles + "; "
                + "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            // CORS preflights are answered before this by Fuseki's CORS filter; this is a plain OPTIONS.
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            return;
        }
        try {
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                throw HttpError.methodNotAllowed(method, "GET, HEAD, OPTIONS");
            }
            for (HttpField header : ROUTE_HEADERS) {
                ResponseHeaders.put(response, header);
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
            handler.handle(new Exchange(request, response, new IriRewriter(base.of(request)), rest));
        } catch (HttpError error) {
            errors.send(request, response, error);
        } catch (RuntimeException failure) {
            errors.unexpected(request, response, failure);
        }
    }
}
