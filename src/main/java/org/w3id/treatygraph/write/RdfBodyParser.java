package org.w3id.treatygraph.write;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.RequestBody;

/**
 * Parses RDF sent by clients (UTF-8 text, JSON-LD at most 100 levels deep), without letting the parser reach out: JSON-LD remote contexts are refused
 * (the document loader fails every request), and the RDF/XML parser does not resolve external entities.
 * Syntax errors come back as {@link HttpError} 400 with the parser's line and column.
 */
final class RdfBodyParser {
    private static final int MAX_JSON_DEPTH = 100;

    private RdfBodyParser() {}

    /**
     * Parses a body in the syntax its {@code Content-Type} names; triples land in the default graph of the
     * result, quads in their named graphs.
     *
     * @throws HttpError 415 for a type that is not an RDF syntax, 400 with the parser's line and column
     */
    static DatasetGraph parse(byte[] body, String contentType, String base) {
        Representation syntax = Representation.forContentType(contentType, Representation.RDF_INPUT)
                .orElseThrow(() -> HttpError.unsupportedMediaType(contentType, Representation.RDF_INPUT));
        Lang lang = syntax.lang();
        String text = RequestBody.utf8(body);
        if (lang.equals(Lang.JSONLD)) {
            requireShallow(text);
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        Context context = new Context();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched by this server: inline the context (" + url + ")");
        });
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        try {
            RDFParser.fromString(text, lang).base(base).context(context)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(parsed);
        } catch (RiotException e) {
            throw HttpError.badRequest("The " + lang.getLabel() + " body cannot be read: " + e.getMessage());
        }
        return parsed;
    }

    /** JSON nested deeper than {@link #MAX_JSON_DEPTH} is refused before a recursive parser sees it. */
    private static void requireShallow(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_JSON_DEPTH) {
                    throw HttpError.badRequest("The JSON-LD body is nested more than " + MAX_JSON_DEPTH
                            + " levels deep; no RDF needs that.");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
