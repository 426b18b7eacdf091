package org.w3id.treatygraph.write;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.treatygraph.linkeddata.ContentNegotiator;
import org.w3id.treatygraph.linkeddata.Representation;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;

/**
 * The write endpoints: {@code POST /update} (SPARQL 1.1 Update), {@code PUT/POST/DELETE /data?graph=IRI}
 * (Graph Store Protocol) and {@code POST /validate} (check data against the shapes without storing it).
 * Writes need a credential and pass through the {@link WriteGate}; a non-conforming write is answered
 * {@code 422} with the SHACL report (Turtle, JSON-LD or text by {@code Accept}). Without credentials the
 * write endpoints do not exist. Requests whose body is larger than the limit are refused with 413.
 */
public final class WriteEndpoints implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("treatygraph.write");
    private static final List<Representation> REPORT_FORMATS = List.of(Representation.TURTLE, Representation.JSONLD);

    private final DatasetGraph dataset;
    private final DatasetValidator validator;
    private final WriteGate gate;
    private final Credentials credentials;
    private final long maxBodyBytes;

    public WriteEndpoints(DatasetGraph dataset, DatasetValidator validator, WriteGate gate, Credentials credentials,
                          long maxBodyBytes) {
        this.dataset = dataset;
        this.validator = validator;
        this.gate = gate;
        this.credentials = credentials;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        boolean update = path.equals("/update");
        boolean graphStore = path.equals("/data") && List.of("PUT", "POST", "DELETE").contains(method);
        boolean validate = path.equals("/validate");
        if (!update && !graphStore && !validate) {
            chain.doFilter(req, res);
            return;
        }
        try {
            if (validate) {
                requireMethod(method, "POST");
                validate(request, response);
                return;
            }
            if (!credentials.enabled()) {
                throw new BadRequestException(404, "Writing is not enabled on this server. The operator enables it by"
                        + " starting the server with --admin-token (or TREATYGRAPH_ADMIN_TOKEN) or --credentials.");
            }
            Optional<String> credential = credentials.authenticate(request);
            if (credential.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"TreatyGraph\", Basic realm=\"TreatyGraph\"");
                throw new BadRequestException(401, request.getHeader("Authorization") == null
                        ? "Writing needs a credential: send 'Authorization: Bearer TOKEN'."
                        : "The credential is not valid.");
            }
            WriteGate.Result result = update ? update(request, credential.get()) : graphStore(request, method, credential.get());
            LOG.info("{} by {}: +{} -{} in {} (validated {} nodes in {} ms)", update ? "Update" : "Graph Store " + method,
                    credential.get(), result.added(), result.removed(), result.graphs(), result.validatedNodes(),
                    result.validationMillis());
            sendJson(response, 200, "{\"status\":\"committed\",\"write\":" + jsonString(result.write() == null ? null
                    : result.write().getURI()) + ",\"added\":" + result.added() + ",\"removed\":" + result.removed()
                    + ",\"graphs\":[" + result.graphs().stream().map(g -> jsonString(g.getURI())).collect(Collectors.joining(","))
                    + "],\"validatedNodes\":" + result.validatedNodes() + ",\"validationMillis\":" + result.validationMillis() + "}");
        } catch (WriteRejectedException rejected) {
            sendReport(request, response, 422, rejected.outcome());
        } catch (BadRequestException bad) {
            if (bad.status() == 413) {
                // What is left of the body is not read: the connection cannot be reused.
                response.setHeader("Connection", "close");
            } else {
                discardBody(request);
            }
            sendText(response, bad.status(), bad.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("Failed to answer {} {}", method, path, unexpected);
            sendText(response, 500, "The server failed to answer this request (" + unexpected.getMessage()
                    + "); nothing was changed.");
        }
    }

    private WriteGate.Result update(HttpServletRequest request, String credential) throws IOException {
        requireMethod(request.getMethod(), "POST");
        String contentType = mediaType(request);
        String text;
        if (contentType.equals("application/sparql-update")) {
            text = new String(body(request), StandardCharsets.UTF_8);
        } else if (contentType.equals("application/x-www-form-urlencoded")) {
            text = formParameter(new String(body(request), StandardCharsets.UTF_8), "update")
                    .orElseThrow(() -> new BadRequestException("The form has no 'update' parameter."));
        } else {
            throw new BadRequestException(415, "An update is sent as application/sparql-update or as a form"
                    + " (application/x-www-form-urlencoded) with an 'update' parameter, not as '" + contentType + "'.");
        }
        UpdateRequest updates;
        try {
            updates = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            throw new BadRequestException("SPARQL Update syntax error: " + e.getMessage());
        }
        if (updates.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            throw new BadRequestException(403, "LOAD is refused: this server does not fetch URLs for clients. Send"
                    + " the data itself with PUT or POST to /data?graph=IRI.");
        }
        try {
            return gate.apply("SPARQL Update", credential, store -> UpdateAction.execute(updates, store));
        } catch (WriteRejectedException | BadRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadRequestException("The update could not be carried out: " + e.getMessage());
        }
    }

    private WriteGate.Result graphStore(HttpServletRequest request, String method, String credential) throws IOException {
        Node graph = targetGraph(request);
        if (method.equals("DELETE")) {
            return gate.apply("Graph Store DELETE", credential, store -> {
                if (!store.containsGraph(graph)) {
                    throw new BadRequestException(404, "There is no graph " + graph.getURI() + " to delete.");
                }
                store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            });
        }
        Graph content = parse(request).getDefaultGraph();
        return gate.apply("Graph Store " + method, credential, store -> {
            if (method.equals("PUT")) {
                store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            content.find().forEachRemaining(t -> store.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** {@code POST /validate}: the store's data plus the posted data, checked against the shapes, nothing stored. */
    private void validate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatasetGraph posted = parse(request);
        Node graph = request.getParameter("graph") != null ? targetGraph(request) : TG.graph("validate");
        DatasetGraph candidate = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(candidate::add));
        posted.getDefaultGraph().find().forEachRemaining(t -> candidate.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        posted.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                candidate.add(q);
            }
        });
        ValidationOutcome outcome = validator.validate(candidate);
        sendReport(request, response, 200, outcome);
    }

    private DatasetGraph parse(HttpServletRequest request) throws IOException {
        Lang lang = RdfBodyParser.langFor(request.getContentType());
        if (lang == null) {
            throw new BadRequestException(415, "Unsupported Content-Type '" + request.getContentType()
                    + "'. Send one of: " + RdfBodyParser.acceptedTypes() + ".");
        }
        return RdfBodyParser.parse(new ByteArrayInputStream(body(request)), lang, TG.ID);
    }

    private static Node targetGraph(HttpServletRequest request) {
        String iri = request.getParameter("graph");
        if (iri == null) {
            throw new BadRequestException("Name the graph to write with ?graph=IRI: TreatyGraph keeps every"
                    + " statement in a named graph that says where it comes from.");
        }
        if (!IRIs.check(iri) || !(iri.startsWith("http://") || iri.startsWith("https://") || iri.startsWith("urn:"))) {
            throw new BadRequestException("Not an absolute IRI: '" + iri + "'.");
        }
        return NodeFactory.createURI(iri);
    }

    /** The body, read up to the limit: a larger one is refused with 413 before it is parsed. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new BadRequestException(413, "The request body (" + declared + " bytes) is larger than the limit of "
                    + maxBodyBytes + " bytes.");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw new BadRequestException(413, "The request body is larger than the limit of " + maxBodyBytes + " bytes.");
            }
            return body;
        }
    }

    /**
     * Reads and drops what is left of a refused request's body (within the limit), so that the client's
     * connection stays usable for its next request.
     */
    private void discardBody(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes));
        } catch (IOException | IllegalStateException ignored) {
            // already read, or the client went away: nothing to keep the connection for
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new BadRequestException(405, "Use " + expected + " here, not " + method + ".");
        }
    }

    private static String mediaType(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    }

    private static Optional<String> formParameter(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The SHACL report as Turtle or JSON-LD when asked for, otherwise as a summary a person can read. */
    private static void sendReport(HttpServletRequest request, HttpServletResponse response, int status,
                                   ValidationOutcome outcome) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<Representation> rdf = Optional.ofNullable(request.getHeader("Accept"))
                .filter(accept -> !accept.contains("text/plain") && !accept.contains("*/*"))
                .flatMap(accept -> ContentNegotiator.choose(accept, REPORT_FORMATS));
        if (rdf.isPresent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, outcome.report().getModel(), rdf.get().lang());
            send(response, status, rdf.get().contentType(), out.toByteArray());
        } else {
            sendText(response, status, outcome.summary());
        }
    }

    private static void sendText(HttpServletResponse response, int status, String text) throws IOException {
        send(response, status, "text/plain;charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void sendJson(HttpServletResponse response, int status, String json) throws IOException {
        send(response, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String jsonString(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
