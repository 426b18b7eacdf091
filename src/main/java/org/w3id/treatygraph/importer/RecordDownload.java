package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Fetches a depositary status record from a URL the operator names ({@code import-depositary --from-url}, the
 * scheduled refresh): one plain GET with the JDK's HttpClient, a connect and a request timeout, redirects followed
 * only as the JDK's NORMAL policy allows (never HTTPS to HTTP), and a size limit; the body is written to a file.
 */
public final class RecordDownload {
    /** The largest record accepted (the full MTDSG XML of a treaty with 190 participants is well under 1 MiB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private RecordDownload() {}

    /** Downloads {@code url} to {@code target}; fails on a non-2xx answer, a timeout or a body above the limit. */
    public static Path fetch(URI url, Path target) {
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("Only http and https URLs can be fetched: " + url);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET()
                .header("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1").build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new DepositaryRecordException(url.toString(),
                            List.of("the server answered HTTP " + response.statusCode()));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > MAX_BYTES) {
                    throw tooLarge(url);
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[8192];
                    long total = 0;
                    for (int read; (read = body.read(buffer)) != -1; ) {
                        total += read;
                        if (total > MAX_BYTES) {
                            throw tooLarge(url);
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fetch " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + url, e);
        }
    }

    /** The file name a URL names (its last path segment), for the record's provenance. */
    public static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? url.getHost() + ".xml" : name;
    }

    private static DepositaryRecordException tooLarge(URI url) {
        return new DepositaryRecordException(url.toString(), List.of("the record is larger than " + MAX_BYTES + " bytes"));
    }
}
