package org.w3id.treatygraph.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A servlet built at its first request rather than at start: for an endpoint whose construction loads many classes
 * (the MCP SDK with its JSON and reactive libraries) and that the server's first answers do not need.
 */
public final class LazyServlet extends HttpServlet {
    private final transient Supplier<HttpServlet> build;
    private transient volatile HttpServlet servlet;

    public LazyServlet(Supplier<HttpServlet> build) {
        this.build = build;
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        servlet().service(request, response);
    }

    private HttpServlet servlet() throws ServletException {
        HttpServlet built = servlet;
        if (built == null) {
            synchronized (this) {
                built = servlet;
                if (built == null) {
                    built = build.get();
                    built.init(getServletConfig());
                    servlet = built;
                }
            }
        }
        return built;
    }

    @Override
    public void destroy() {
        HttpServlet built = servlet;
        if (built != null) {
            built.destroy();
        }
    }
}
