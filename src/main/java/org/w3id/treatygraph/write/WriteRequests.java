package org.w3id.treatygraph.write;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.http.ContentNegotiator;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Representation;
import org.w3id.treatygraph.http.RequestBody;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * What the write operations share: who may write, the body within its limit, the target graph, the answers
 * (the committed write as JSON, a SHACL report), and the boundary that turns every refusal into its answer.
 */
final class WriteRequests {
    private static final Logger LOG = LoggerFactory.getLogger("treatygraph.write");
    private static final List<Representation> REPORT_FORMATS = List.of(Representation.TURTLE, Representation.JSONLD);
    /** Violations listed in a plain-text report; the RDF report has them all. */
    private static final int REPORT_LINES = 100;

    private final Credentials credentials;
    private final long maxBodyBytes;
    private final ErrorResponder errors;

    WriteRequests(Credentials credentials, long maxBodyBytes, ErrorResponder errors) {
        this.credentials = credentials;
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
    }

    /** Runs {@code work} for {@code action}; a refusal or failure is answered here, and nothing was changed. */
    void answer(HttpAction action, Runnable work) {
        HttpServletRequest request = action.getRequest();
        HttpServletResponse response = action.getResponse();
        try {
            work.run();
        } catch (WriteRejectedException rejected) {
            RequestBody.discard(request, maxBodyBytes);
            report(request, response, 422, rejected.outcome());
        } catch (ActionErrorException fuseki) {
            refuse(request, response, new HttpError(fuseki.getRC(),
                    fuseki.getMessage() == null ? "The request was refused." : fuseki.getMessage()));
        } catch (HttpError error) {
            refuse(request, response, error);
        } catch (RuntimeException failure) {
            try {
                errors.unexpected(request, response, failure);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Answers a refusal; the rest of a small body is read so that the client's connection stays usable. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpError error) {
        if (error.status() != 413) {
            RequestBody.discard(request, maxBodyBytes);
        }
        try {
            errors.send(request, response, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name of the credential the request carries.
     *
     * @throws HttpError 404 when writing is not enabled, 401 without a valid credential
     */
    String authenticate(HttpServletRequest request) {
        if (!credentials.enabled()) {
            throw HttpError.notFound("Writing is not enabled on this server. The operator enables it by starting the"
                    + " server with --admin-token (or TREATYGRAPH_ADMIN_TOKEN) or --credentials.");
        }
        Optional<String> credential = credentials.authenticate(request);
        if (credential.isEmpty()) {
            throw new HttpError(401, request.getHeader("Authorization") == null
                    ? "Writing needs a credential: send 'Authorization: Bearer TOKEN'." : "The credential is not valid.",
                    // Bearer only: a Basic challenge makes browsers ask for a login and then send it with every
                    // later request, forms posted from other sites included.
                    null, Map.of("WWW-Authenticate", "Bearer realm=\"TreatyGraph\""));
        }
        return credential.get();
    }

    byte[] body(HttpServletRequest request) {
        try {
            return RequestBody.read(request, maxBodyBytes);
        } catch (IOException e) {
            throw HttpError.badRequest("The request body could not be read: " + e.getMessage());
        }
    }

    /** The RDF in the body, in the syntax its Content-Type names (415 otherwise, 400 when malformed). */
    DatasetGraph rdfBody(HttpServletRequest request) {
        return RdfBodyParser.parse(body(request), request.getContentType(), TG.ID);
    }

    /** The triples of the body, for a write to one graph; named graphs in it are refused, not dropped. */
    Graph triplesBody(HttpServletRequest request) {
        DatasetGraph parsed = rdfBody(request);
        long named = Iter.count(parsed.listGraphNodes());
        if (named > 0) {
            throw HttpError.badRequest("The body has " + named + " named graph(s), but a write to ?graph=IRI takes"
                    + " triples only (Turtle, N-Triples, RDF/XML, JSON-LD): send each graph to its own ?graph=.");
        }
        return parsed.getDefaultGraph();
    }

    static void requirePost(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            throw HttpError.methodNotAllowed(request.getMethod(), "POST");
        }
    }

    /** The graph named by {@code ?graph=IRI}. */
    static Node targetGraph(HttpServletRequest request) {
        String iri = request.getParameter("graph");
        if (iri == null) {
            throw HttpError.badRequest("Name the graph to write with ?graph=IRI: TreatyGraph keeps every statement"
                    + " in a named graph that says where it comes from.");
        }
        if (!IRIs.check(iri) || !(iri.startsWith("http://") || iri.startsWith("https://") || iri.startsWith("urn:"))) {
            throw HttpError.badRequest("Not an absolute IRI: '" + iri + "'.");
        }
        if (iri.startsWith("urn:x-arq:")) {
            throw HttpError.badRequest("'" + iri + "' names Jena's union or default graph, not a graph that can be"
                    + " written: name a graph of your own.");
        }
        return NodeFactory.createURI(iri);
    }

    /** 200 with what the committed write did, and a line in the log. */
    void committed(HttpAction action, String operation, String credential, WriteGate.Result result) {
        LOG.info("{} by {}: +{} -{} in {} (validated {} nodes in {} ms)", operation, credential, result.added(),
                result.removed(), result.graphs(), result.validatedNodes(), result.validationMillis());
        JsonObject answer = new JsonObject();
        answer.put("status", "committed");
        answer.put("write", result.write() == null ? JsonNull.instance : new JsonString(result.write().getURI()));
        answer.put("added", result.added());
        answer.put("removed", result.removed());
        JsonArray graphs = new JsonArray();
        result.graphs().forEach(g -> graphs.add(g.getURI()));
        answer.put("graphs", graphs);
        answer.put("validatedNodes", result.validatedNodes());
        answer.put("validationMillis", result.validationMillis());
        send(action.getResponse(), 200, "application/json", JSON.toString(answer).getBytes(StandardCharsets.UTF_8));
    }

    /** The SHACL report as Turtle or JSON-LD when asked for, otherwise as a summary a person can read. */
    static void report(HttpServletRequest request, HttpServletResponse response, int status, ValidationOutcome outcome) {
        response.addHeader("Vary", "Accept");
        Optional<Representation> rdf = Optional.ofNullable(request.getHeader("Accept"))
                .filter(accept -> !accept.contains("text/plain") && !accept.contains("*/*"))
                .flatMap(accept -> ContentNegotiator.choose(accept, REPORT_FORMATS));
        if (rdf.isPresent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, outcome.report().getModel(), rdf.get().lang());
            send(response, status, rdf.get().contentType(), out.toByteArray());
        } else {
            send(response, status, Representation.TEXT.contentType(),
                    (outcome.summary(REPORT_LINES) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
