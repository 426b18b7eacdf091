package org.w3id.treatygraph.query;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.RequestBody;

/**
 * The HTTP side of the query limits, around Fuseki's query paths ({@code /}, {@code /sparql}, {@code /query}):
 * a POSTed body is read here, counting its bytes whether or not it declared a length (413 over
 * {@link Limits#maxBodyBytes()}), and a query's answer is held until complete and sent with its length, or
 * refused with 422 when it is larger than {@link Limits#maxResultBytes()}.
 */
public final class QueryRequests implements Filter {
    private static final Set<String> PATHS = Set.of("/", "/sparql", "/query");

    private final Limits limits;
    private final ErrorResponder errors;

    public QueryRequests(Limits limits, ErrorResponder errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletRequest effective = request;
        try {
            if ("POST".equals(request.getMethod())) {
                effective = new BufferedQueryRequest(request, body(request));
            }
            if (effective.getParameter("query") == null && !isSparqlQuery(effective.getContentType())) {
                chain.doFilter(effective, response);
                return;
            }
        } catch (HttpError error) {
            errors.send(request, response, error);
            return;
        }
        HeldResponse held = new HeldResponse(response, limits.maxResultBytes());
        chain.doFilter(effective, held);
        if (held.overflowed()) {
            errors.send(request, response, new HttpError(422, "The answer is larger than " + limits.maxResultBytes()
                    + " bytes, the result size limit (--max-result-bytes). Ask for less with LIMIT and OFFSET or"
                    + " fewer variables, or download the data from /download/."));
        } else {
            held.release(request.getMethod());
        }
    }

    private byte[] body(HttpServletRequest request) {
        try {
            return RequestBody.read(request, limits.maxBodyBytes());
        } catch (IOException e) {
            throw HttpError.badRequest("The request body could not be read: " + e.getMessage());
        }
    }

    private static boolean isSparqlQuery(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-query");
    }

}
