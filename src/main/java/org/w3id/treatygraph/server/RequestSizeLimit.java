package org.w3id.treatygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, with 413, any request that declares a body larger than the limit, before anything reads it.
 * (The write endpoints also count the bytes of bodies sent without a length.)
 */
final class RequestSizeLimit implements Filter {
    private final long maxBodyBytes;

    RequestSizeLimit(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = ((HttpServletRequest) request).getContentLengthLong();
        if (declared > maxBodyBytes) {
            HttpServletResponse http = (HttpServletResponse) response;
            byte[] body = ("The request body (" + declared + " bytes) is larger than the limit of " + maxBodyBytes
                    + " bytes.\n").getBytes(StandardCharsets.UTF_8);
            http.setStatus(413);
            // The body is not read: the connection cannot be reused, and the client must know it.
            http.setHeader("Connection", "close");
            http.setContentType("text/plain;charset=utf-8");
            http.setContentLength(body.length);
            http.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
