package org.w3id.treatygraph.write;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Parses RDF sent by clients, without letting the parser reach out: JSON-LD remote contexts are refused
 * (the document loader fails every request), and the RDF/XML parser does not resolve external entities.
 * Syntax errors come back as {@link BadRequestException} with the parser's line and column.
 */
final class RdfBodyParser {
    /** The syntaxes accepted in request bodies, from Jena's registry. */
    static final List<Lang> ACCEPTED = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD, Lang.TRIG, Lang.NQUADS);

    private RdfBodyParser() {}

    /** The syntax a Content-Type names, or null when it is not one of {@link #ACCEPTED}. */
    static Lang langFor(String contentType) {
        if (contentType == null) {
            return null;
        }
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        return lang != null && ACCEPTED.contains(lang) ? lang : null;
    }

    static String acceptedTypes() {
        return ACCEPTED.stream().map(Lang::getHeaderString).collect(Collectors.joining(", "));
    }

    /** Parses the body; triples land in the default graph of the result, quads in their named graphs. */
    static DatasetGraph parse(InputStream body, Lang lang, String base) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        Context context = new Context();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched by this server: inline the context (" + url + ")");
        });
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        try {
            RDFParser.source(body).lang(lang).base(base).context(context)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(parsed);
        } catch (RiotException e) {
            throw new BadRequestException("The " + lang.getLabel() + " body cannot be read: " + e.getMessage());
        }
        return parsed;
    }
}
