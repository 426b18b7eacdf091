package org.w3id.treatygraph.query;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                effective = new ReadRequest(request, body(request));
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
        if (held.overflowed) {
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

    /** A request whose body has been read: served from memory, its form fields parsed here. */
    private static final class ReadRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            Map<String, List<String>> fields = new LinkedHashMap<>();
            decode(request.getQueryString(), fields);
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                decode(new String(body, StandardCharsets.UTF_8), fields);
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
        }

        private static void decode(String text, Map<String, List<String>> into) {
            if (text == null || text.isEmpty()) {
                return;
            }
            try {
                for (String pair : text.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("The form or query string is not well encoded: " + e.getMessage());
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** A response held in memory up to the size limit, then sent whole with its length. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private final long maxBytes;
        private boolean overflowed;
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response, long maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (overflowed) {
                            return;
                        }
                        if (held.size() + (long) len > maxBytes) {
                            overflowed = true;
                            held.reset();
                            throw new IOException("The answer is over the result size limit");
                        }
                        held.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("Not asynchronous");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // sent with the held body's length
        }

        @Override
        public void setContentLengthLong(long length) {
            // sent with the held body's length
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            held.reset();
        }

        @Override
        public void reset() {
            super.reset();
            held.reset();
        }

        void release(String method) throws IOException {
            flushBuffer();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLengthLong(held.size());
            if (!"HEAD".equals(method)) {
                held.writeTo(response.getOutputStream());
            }
        }
    }
}
