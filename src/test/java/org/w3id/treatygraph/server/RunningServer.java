package org.w3id.treatygraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.ProjectFiles;
import org.w3id.treatygraph.store.TreatyStore;

/**
 * A real TreatyGraph server on a free port over the curated data, with a plain HTTP client. Register it as a
 * JUnit extension ({@code @RegisterExtension static final RunningServer server = new RunningServer();}) and
 * it stops after the test class; or close it yourself.
 */
public final class RunningServer implements AutoCloseable, AfterAllCallback {
    private final TreatyStore store;
    private final TreatyGraphServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RunningServer() {
        this((String) null);
    }

    /** @param baseUri the public base to serve canonical IRIs under, or null for the request's own base */
    public RunningServer(String baseUri) {
        this(builder -> builder.baseUri(baseUri));
    }

    /** A server configured further by {@code configuration} (credentials, limits…). */
    public RunningServer(Consumer<TreatyGraphServer.Builder> configuration) {
        this(UnaryOperator.identity(), configuration);
    }

    /** A server that serves {@code view} of the loaded store (e.g. one that fails on some reads). */
    public RunningServer(UnaryOperator<DatasetGraph> view, Consumer<TreatyGraphServer.Builder> configuration) {
        this(TestProject.files(), view, configuration);
    }

    /** A server over the files of another home (e.g. a copy an import has written to). */
    public RunningServer(ProjectFiles files) {
        this(files, UnaryOperator.identity(), builder -> {});
    }

    private RunningServer(ProjectFiles files, UnaryOperator<DatasetGraph> view,
                          Consumer<TreatyGraphServer.Builder> configuration) {
        store = TreatyStore.inMemory();
        DataLoader.ensureLoaded(store, files, false);
        TreatyGraphServer.Builder builder = TreatyGraphServer.builder().port(0).loopback(true).store(store)
                .dataset(view.apply(store.datasetGraph()))
                .exampleQueries(ExampleQuery.loadAll(TestProject.home().resolve("queries")));
        configuration.accept(builder);
        server = builder.build().start();
    }

    public TreatyStore store() {
        return store;
    }

    /** How many requests the server answered from kept answers, before its servlet layer. */
    public long keptAnswers() {
        return server.keptAnswers();
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return getWith(path, accept == null ? new String[0] : new String[] {"Accept", accept});
    }

    /** A GET with header name/value pairs; {@code path} may also be an absolute URL. */
    public HttpResponse<byte[]> getWith(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> query(String sparql, String accept) throws IOException, InterruptedException {
        return get(Routes.SPARQL + "?query=" + encode(sparql), accept);
    }

    public HttpResponse<byte[]> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return sendBody("POST", path, body, "Content-Type", contentType, "Accept", accept);
    }

    /** A request with a body and header name/value pairs. */
    public HttpResponse<byte[]> sendBody(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
