package org.w3id.treatygraph.query;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A response held in memory up to the size limit, then sent whole with its length. */
final class HeldResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final long maxBytes;
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** True when the answer grew past the limit: it was not sent, and the caller answers the refusal. */
    boolean overflowed() {
        return overflowed;
    }

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
