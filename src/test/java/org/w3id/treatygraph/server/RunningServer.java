package org.w3id.treatygraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;

/** A real TreatyGraph server on a free port over the curated data, with a plain HTTP client. */
final class RunningServer implements AutoCloseable {
    private final TreatyStore store;
    private final TreatyGraphServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer() {
        store = TreatyStore.inMemory();
        DataLoader.ensureLoaded(store, TestProject.files(), false);
        server = TreatyGraphServer.builder().port(0).loopback(true).dataset(store.datasetGraph()).build().start();
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> query(String sparql, String accept) throws IOException, InterruptedException {
        return get(TreatyGraphServer.SPARQL + "?query=" + encode(sparql), accept);
    }

    HttpResponse<byte[]> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
