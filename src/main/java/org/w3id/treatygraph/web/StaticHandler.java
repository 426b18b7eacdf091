package org.w3id.treatygraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;

/**
 * {@code /static/{file}}: the style sheet, the scripts and the vendored libraries with their licences and manifest
 * ({@code /static/vendor/…}) from the class path, cached for an hour. A file named LICENSE is plain text.
 */
public final class StaticHandler implements Handler {
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml", "json", "application/json",
            "tsv", "text/tab-separated-values;charset=utf-8", "md", "text/markdown;charset=utf-8",
            "LICENSE", "text/plain;charset=utf-8");

    @Override
    public void handle(Exchange exchange) throws IOException {
        String name = exchange.rest();
        String file = name.substring(name.lastIndexOf('/') + 1);
        String extension = file.substring(file.lastIndexOf('.') + 1);
        InputStream in = name.contains("..") || !TYPES.containsKey(extension) ? null
                : StaticHandler.class.getResourceAsStream("/static/" + name);
        if (in == null) {
            throw HttpError.notFound("Not found: /static/" + name);
        }
        try (in) {
            byte[] content = in.readAllBytes();
            exchange.response().setHeader("Cache-Control", "public, max-age=3600");
            exchange.send(200, TYPES.get(extension), content);
        }
    }
}
