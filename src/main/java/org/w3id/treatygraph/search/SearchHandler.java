package org.w3id.treatygraph.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.Handler;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.web.PageRenderer;

/**
 * {@code /search?q=…&kinds=…&limit=…}: full-text search, as JSON or as a page (by {@code Accept}, or
 * {@code format=json|html}); results in rank order and grouped by kind. No or bad text, an unknown kind or a
 * Lucene syntax error is a 400 with a message.
 */
public final class SearchHandler implements Handler {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final List<Representation> OFFERS = List.of(Representation.JSON, Representation.HTML);

    private final Search search;
    private final PageRenderer pages;

    public SearchHandler(Search search, PageRenderer pages) {
        this.search = search;
        this.pages = pages;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.rest().isEmpty()) {
            throw HttpError.notFound("Not found: " + exchange.request().getRequestURI() + ". Search at /search?q=…");
        }
        Representation format = format(exchange);
        Set<SearchKind> kinds = kinds(exchange);
        int limit = limit(exchange.parameter("limit"));
        Search.Answer answer;
        try {
            answer = search.run(exchange.parameter("q"), kinds, limit);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("Cannot search for that: " + e.getMessage()
                    + " Words are matched in any order; use \"quotes\" for a phrase, AND, OR, NOT, and word* for"
                    + " a prefix.");
        }
        IriRewriter rewriter = exchange.rewriter();
        exchange.response().setHeader("Cache-Control", "no-cache");
        if (format == Representation.JSON) {
            exchange.send(200, Representation.JSON.contentType(),
                    JSON.toString(json(answer, rewriter)).getBytes(StandardCharsets.UTF_8));
        } else {
            exchange.send(200, Representation.HTML.contentType(), out -> pages.render("search",
                    PageRenderer.Site.of(exchange), SearchPage.of(answer, rewriter), out));
        }
    }

    private static Representation format(Exchange exchange) {
        String format = exchange.parameter("format");
        if (format == null) {
            return exchange.negotiate(OFFERS);
        }
        return OFFERS.stream().filter(r -> r.extension().equals(format)).findFirst().orElseThrow(
                () -> HttpError.badRequest("Unknown format '" + format + "': use format=json or format=html."));
    }

    static Set<SearchKind> kinds(Exchange exchange) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        String[] values = exchange.request().getParameterValues("kinds");
        if (values == null) {
            return kinds;
        }
        for (String value : values) {
            for (String slug : value.split(",")) {
                if (!slug.isBlank()) {
                    kinds.add(SearchKind.bySlug(slug.strip()).orElseThrow(() -> HttpError.badRequest(
                            "Unknown kind '" + slug.strip() + "'. Kinds: " + String.join(", ", SearchKind.slugs()) + ".")));
                }
            }
        }
        return kinds;
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpError.badRequest("limit must be a number from 1 to " + MAX_LIMIT + ", not '" + value + "'.");
    }

    static JsonObject json(Search.Answer answer, IriRewriter rewriter) {
        JsonObject json = new JsonObject();
        json.put("query", answer.query());
        JsonArray kinds = new JsonArray();
        answer.kinds().forEach(k -> kinds.add(k.slug()));
        json.put("kinds", kinds);
        json.put("count", answer.results().size());
        JsonArray results = new JsonArray();
        answer.results().forEach(r -> results.add(json(r, rewriter)));
        json.put("results", results);
        JsonArray groups = new JsonArray();
        answer.groups().forEach((kind, ofKind) -> {
            JsonObject group = new JsonObject();
            group.put("kind", kind.slug());
            group.put("title", kind.title());
            group.put("count", ofKind.size());
            JsonArray members = new JsonArray();
            ofKind.forEach(r -> members.add(json(r, rewriter)));
            group.put("results", members);
            groups.add(group);
        });
        json.put("groups", groups);
        return json;
    }

    private static JsonObject json(Search.Result result, IriRewriter rewriter) {
        JsonObject json = new JsonObject();
        json.put("iri", result.resource().getURI());
        json.put("page", rewriter.toPublic(result.resource().getURI()));
        json.put("label", result.label());
        json.put("kind", result.kind().slug());
        json.put("score", org.apache.jena.atlas.json.JsonNumber.value(Math.round(result.score() * 1000) / 1000.0));
        json.put("snippet", result.snippetText());
        putIri(json, "property", result.property());
        putIri(json, "graph", result.graph());
        return json;
    }

    private static void putIri(JsonObject json, String key, Node node) {
        if (node != null) {
            json.put(key, node.getURI());
        }
    }
}
