package org.w3id.treatygraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.treatygraph.http.RouteServlet;

/**
 * The two paths Fuseki's dispatch claims for the dataset at the root: a read of {@code /} without SPARQL
 * protocol parameters is the home page, a read of {@code /sparql} without a query is the service
 * description. Everything else passes on to Fuseki.
 */
final class ContestedPaths implements Filter {
    private final RouteServlet home;
    private final RouteServlet serviceDescription;

    ContestedPaths(RouteServlet home, RouteServlet serviceDescription) {
        this.home = home;
        this.serviceDescription = serviceDescription;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        if (read && path.equals("/") && request.getQueryString() == null) {
            home.service(request, (HttpServletResponse) res);
        } else if (read && path.equals(Routes.SPARQL) && request.getParameter("query") == null) {
            serviceDescription.service(request, (HttpServletResponse) res);
        } else {
            chain.doFilter(req, res);
        }
    }
}
