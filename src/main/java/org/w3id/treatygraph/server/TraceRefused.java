package org.w3id.treatygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;

/** TRACE (which would echo a request's headers, credentials included) is answered 405 on every path. */
final class TraceRefused implements Filter {
    private final ErrorResponder errors;

    TraceRefused(ErrorResponder errors) {
        this.errors = errors;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ("TRACE".equals(request.getMethod())) {
            errors.send(request, (HttpServletResponse) res, new HttpError(405, "TRACE is not served here.", null,
                    Map.of("Allow", "GET, HEAD, POST, OPTIONS")));
            return;
        }
        chain.doFilter(req, res);
    }
}
