package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reading a request body within the size limit, including bodies sent without a length. */
public final class RequestBody {
    private RequestBody() {}

    /**
     * The body, read up to {@code maxBytes}.
     *
     * @throws HttpError 413 before anything is parsed when the body is larger
     */
    public static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw HttpError.payloadTooLarge("The request body (" + declared + " bytes) is larger than the limit of " + maxBytes + " bytes.");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            if (body.length > maxBytes) {
                throw HttpError.payloadTooLarge("The request body is larger than the limit of " + maxBytes + " bytes.");
            }
            return body;
        }
    }

    /**
     * Reads and drops what is left of a refused request's body (within the limit), so that the client's
     * kept-alive connection stays usable for its next request.
     */
    public static void discard(HttpServletRequest request, long maxBytes) {
        try (InputStream in = request.getInputStream()) {
            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes));
        } catch (IOException | IllegalStateException ignored) {
            // already read, or the client went away: nothing to keep the connection for
        }
    }
}
