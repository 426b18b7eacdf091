package org.w3id.treatygraph.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.vocab.Prefixes;

/** {@code /context.jsonld}: the JSON-LD context JSON-LD documents are compacted with, in its public form. */
public final class JsonLdContextHandler implements Handler {
    @Override
    public void handle(Exchange exchange) throws IOException {
        Map<String, String> prefixes = new TreeMap<>(Prefixes.rewritten(exchange.rewriter()::toPublic).getNsPrefixMap());
        JsonObject context = new JsonObject();
        prefixes.forEach(context::put);
        JsonObject document = new JsonObject();
        document.put("@context", context);
        exchange.send(200, "application/ld+json;charset=utf-8",
                (JSON.toString(document) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
