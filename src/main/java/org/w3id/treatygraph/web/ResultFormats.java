package org.w3id.treatygraph.web;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.w3id.treatygraph.http.Link;

/**
 * The formats a query's answer can be downloaded in from the endpoint, by Fuseki's {@code format=} short names:
 * results for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE. The server-rendered editor lists them as links; the
 * scripted editor reads the same table from its page ({@link #json()}).
 */
public final class ResultFormats {
    /** A format: its name for people, Fuseki's short name. */
    public record Format(String name, String output) {}

    static final List<Format> RESULTS = List.of(new Format("CSV", "csv"), new Format("TSV", "tsv"),
            new Format("JSON", "json"), new Format("XML", "xml"));
    static final List<Format> GRAPH = List.of(new Format("Turtle", "ttl"), new Format("N-Triples", "nt"),
            new Format("JSON-LD", "json-ld"), new Format("RDF/XML", "xml"));

    private ResultFormats() {}

    /** Links that run {@code query} in full at {@code endpointUrl} (a URL ending in {@code ?query=…}). */
    static List<Link> links(Query query, String endpointUrl) {
        return (query.isConstructType() || query.isDescribeType() ? GRAPH : RESULTS).stream()
                .map(f -> Link.of(f.name(), endpointUrl + "&format=" + f.output())).toList();
    }

    /** {@code {"results": [{"name", "output"}…], "graph": […]}}. */
    static String json() {
        JsonObject formats = new JsonObject();
        formats.put("results", array(RESULTS));
        formats.put("graph", array(GRAPH));
        return JSON.toStringFlat(formats);
    }

    private static JsonArray array(List<Format> formats) {
        JsonArray array = new JsonArray();
        formats.forEach(f -> {
            JsonObject format = new JsonObject();
            format.put("name", f.name());
            format.put("output", f.output());
            array.add(format);
        });
        return array;
    }
}
