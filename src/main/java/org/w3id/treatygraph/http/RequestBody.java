package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Reading a request body within the size limit, including bodies sent without a length. */
public final class RequestBody {
    private RequestBody() {}

    /**
     * Refuses a request whose declared {@code Content-Length} is over the limit, before anything reads it.
     *
     * @throws HttpError 413
     */
    public static void requireDeclaredWithin(HttpServletRequest request, long maxBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw HttpError.payloadTooLarge("The request body (" + declared + " bytes) is larger than the limit of "
                    + maxBytes + " bytes.");
        }
    }

    /**
     * The body, read up to {@code maxBytes}.
     *
     * @throws HttpError 413 before anything is parsed when the body is larger
     */
    public static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        requireDeclaredWithin(request, maxBytes);
        try (InputStream in = request.getInputStream()) {
            byte[] body;
            try {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            } catch (IOException stalled) {
                if (causedByTimeout(stalled)) {
                    throw new HttpError(408, "The request body stopped arriving before it was complete; nothing was"
                            + " changed. Send the whole body.", null, Map.of("Connection", "close"));
                }
                throw stalled;
            }
            if (body.length > maxBytes) {
                throw HttpError.payloadTooLarge("The request body is larger than the limit of " + maxBytes + " bytes.");
            }
            return body;
        }
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body as text.
     *
     * @throws HttpError 400 when it is not UTF-8 (instead of storing U+FFFD in its place)
     */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("The request body is not valid UTF-8 text (" + e.getMessage() + "): send it in UTF-8.");
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
