package org.w3id.treatygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.RequestBody;

/**
 * Refuses, with 413, any request that declares a body larger than the limit, before anything reads it.
 * (The write operations also count the bytes of bodies sent without a length.)
 */
final class RequestSizeLimit implements Filter {
    private final long maxBodyBytes;
    private final ErrorResponder errors;

    RequestSizeLimit(long maxBodyBytes, ErrorResponder errors) {
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            RequestBody.requireDeclaredWithin((HttpServletRequest) request, maxBodyBytes);
        } catch (HttpError tooLarge) {
            errors.send((HttpServletRequest) request, (HttpServletResponse) response, tooLarge);
            return;
        }
        chain.doFilter(request, response);
    }
}
