package org.w3id.treatygraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;

/** {@code /static/{file}}: the style sheet and other assets from the class path, cached for an hour. */
public final class StaticHandler implements Handler {
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml");

    @Override
    public void handle(Exchange exchange) throws IOException {
        String name = exchange.rest();
        String extension = name.substring(name.lastIndexOf('.') + 1);
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
