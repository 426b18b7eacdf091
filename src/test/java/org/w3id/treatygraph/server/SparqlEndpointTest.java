package org.w3id.treatygraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.impl.TupleQueryResultBuilder;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL 1.1 Protocol and Graph Store Protocol over real HTTP, answers parsed back with RDF4J. */
class SparqlEndpointTest {
    private static final String PREFIXES = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX hanoi: <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention>
            """;
    private static final String CHAPTERS = PREFIXES
            + "SELECT ?n ?title WHERE { ?c a tg:Chapter ; tg:treaty hanoi: ; tg:number ?n ; eli:title ?title } ORDER BY ?n";
    private static final String ARTICLE_TITLES = PREFIXES
            + "CONSTRUCT { ?a eli:title ?t } WHERE { ?a a tg:Article ; tg:treaty hanoi: ; eli:title ?t }";

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values"})
    void selectAnswersInEachResultFormat(String mediaType) throws Exception {
        HttpResponse<byte[]> response = server.query(CHAPTERS, mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(mediaType), contentType(response));
        TupleQueryResultFormat format = QueryResultIO.getParserFormatForMIMEType(mediaType)
                .map(TupleQueryResultFormat.class::cast).orElseThrow();
        List<BindingSet> rows = parseTuples(response.body(), format);
        assertEquals(9, rows.size());
        assertEquals("Criminalization", rows.get(1).getValue("title").stringValue());
        assertEquals("9", rows.get(8).getValue("n").stringValue());
    }

    @Test
    void askAnswersInJson() throws Exception {
        assertTrue(ask(PREFIXES + "ASK { <https://w3id.org/treatygraph/id/state/VNM> a tg:State }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void constructAnswersInEachRdfFormat(String mediaType) throws Exception {
        HttpResponse<byte[]> response = server.query(ARTICLE_TITLES, mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(mediaType), contentType(response));
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType).orElseThrow();
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), "", format);
        assertEquals(68, model.size());
        var vf = SimpleValueFactory.getInstance();
        assertTrue(model.contains(vf.createIRI(server.url("/id/treaty/un-cybercrime-convention/article/16")),
                vf.createIRI("http://data.europa.eu/eli/ontology#title"),
                vf.createLiteral("Non-consensual dissemination of intimate images", "en")));
    }

    @Test
    void postFormAndPostSparqlQueryAreAccepted() throws Exception {
        HttpResponse<byte[]> form = server.post(Routes.SPARQL, "application/x-www-form-urlencoded",
                "query=" + RunningServer.encode(CHAPTERS), "text/csv");
        assertEquals(200, form.statusCode());
        assertEquals(9, parseTuples(form.body(), TupleQueryResultFormat.CSV).size());
        HttpResponse<byte[]> direct = server.post(Routes.SPARQL, "application/sparql-query", CHAPTERS,
                "application/sparql-results+json");
        assertEquals(200, direct.statusCode());
        assertEquals(9, parseTuples(direct.body(), TupleQueryResultFormat.JSON).size());
    }

    @Test
    void graphStoreProtocolReturnsANamedGraph() throws Exception {
        HttpResponse<byte[]> response = server.get(Routes.GRAPH_STORE + "?graph="
                + RunningServer.encode("https://w3id.org/treatygraph/graph/crime-categories"), "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
        Set<String> subjects = model.subjects().stream().map(Object::toString).collect(Collectors.toSet());
        assertTrue(subjects.contains(server.url("/id/crime/illegal-access")), "IRIs under the server's own base");
        assertEquals(1 + 1 + 5 + 11, subjects.size(), "the scheme, its root, 5 groups and 11 offences");
    }

    @Test
    void healthReportsTheNamedGraphs() throws Exception {
        HttpResponse<byte[]> response = server.get(Routes.HEALTH, (String) null);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject health = JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("ok", health.getString("status"));
        assertEquals(36, health.get("namedGraphs").getAsNumber().value().intValue(), "34 asserted graphs, graph/inferred and graph/status");
    }

    @Test
    void theDefaultGraphSeesTheEntailmentsAndAGraphPatternCanLeaveThemOut() throws Exception {
        String vietNamIsAParty = "ASK { <https://w3id.org/treatygraph/id/state/VNM> a tg:Party }";
        String asserted = "ASK { GRAPH ?g { <https://w3id.org/treatygraph/id/state/VNM> a tg:Party }"
                + " FILTER (?g != <https://w3id.org/treatygraph/graph/inferred>) }";
        assertTrue(ask(PREFIXES + vietNamIsAParty), "tg:State ⊑ tg:Party is applied");
        assertFalse(ask(PREFIXES + asserted), "no asserted graph says so");
        String fromStates = " FROM <https://w3id.org/treatygraph/graph/states> ";
        assertTrue(ask(PREFIXES + "ASK" + fromStates + "{ <https://w3id.org/treatygraph/id/state/VNM> a tg:State }"));
        assertFalse(ask(PREFIXES + "ASK" + fromStates + "{ <https://w3id.org/treatygraph/id/state/VNM> a tg:Party }"),
                "FROM names the graphs of the default graph: the inferred graph is left out");
    }

    private static boolean ask(String query) throws Exception {
        HttpResponse<byte[]> response = server.query(query, "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        return QueryResultIO.parseBoolean(new ByteArrayInputStream(response.body()), BooleanQueryResultFormat.JSON);
    }

    @Test
    void malformedQueryIsABadRequestNamingTheProblem() throws Exception {
        HttpResponse<byte[]> response = server.query("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("line 1"));
    }

    @Test
    void updatesAreNotServed() throws Exception {
        HttpResponse<byte[]> response = server.post("/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "*/*");
        assertEquals(404, response.statusCode(), "writing is not enabled on this server");
        HttpResponse<byte[]> viaQuery = server.post(Routes.SPARQL, "application/sparql-update",
                "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "*/*");
        assertEquals(415, viaQuery.statusCode(), "the query endpoint does not take updates");
        assertEquals(0, parseTuples(server.query("SELECT * WHERE { GRAPH <urn:x> { ?s ?p ?o } }", "text/csv").body(),
                TupleQueryResultFormat.CSV).size());
    }

    @Test
    void serviceClausesDoNotReachOtherHosts() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            listener.setSoTimeout(1000);
            HttpResponse<byte[]> response = server.query("SELECT * WHERE { SERVICE <http://127.0.0.1:"
                    + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }", "application/sparql-results+json");
            assertFalse(response.statusCode() == 200 && new String(response.body()).contains("\"s\""));
            boolean contacted;
            try (var ignored = listener.accept()) {
                contacted = true;
            } catch (SocketTimeoutException expected) {
                contacted = false;
            }
            assertFalse(contacted, "the server called the SERVICE endpoint");
        }
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static List<BindingSet> parseTuples(byte[] body, TupleQueryResultFormat format) throws IOException {
        TupleQueryResultBuilder builder = new TupleQueryResultBuilder();
        try {
            QueryResultIO.parseTuple(new ByteArrayInputStream(body), format, builder, SimpleValueFactory.getInstance());
        } catch (org.eclipse.rdf4j.query.QueryResultHandlerException | org.eclipse.rdf4j.query.resultio.QueryResultParseException e) {
            throw new IOException(e);
        }
        return builder.getQueryResult().stream().toList();
    }
}
