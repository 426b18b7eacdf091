package org.w3id.treatygraph.linkeddata;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.linkeddata.DereferencingTest.body;
import static org.w3id.treatygraph.linkeddata.DereferencingTest.header;

/** Home, query page, ontology documentation, VoID, service description and dumps, over real HTTP. */
class DatasetPagesTest {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void homePageGivesCountsEntryPointsAndDownloads() throws Exception {
        HttpResponse<byte[]> response = server.get("/", "text/html");
        assertEquals(200, response.statusCode());
        String page = body(response);
        assertTrue(page.contains("<dt>articles</dt><dd>68</dd>"), page);
        assertTrue(page.contains("<dt>obligations</dt><dd>243</dd>"));
        assertTrue(page.contains("<dt>offences</dt><dd>11</dd>"));
        assertTrue(page.contains("<dt>signatures</dt><dd>75</dd>"));
        assertTrue(page.contains("<dt>statements by officials and experts</dt><dd>10</dd>"));
        assertTrue(page.contains("href=\"" + server.url("/id/treaty/un-cybercrime-convention") + "\""));
        assertTrue(page.contains("href=\"" + server.url("/download/treatygraph.trig.gz") + "\""));
        assertTrue(page.contains("href=\"" + server.url("/.well-known/void") + "\""));
        assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    void queryPageRunsAnExampleAndShowsTheTable() throws Exception {
        String editor = body(server.get("/editor", "text/html"));
        assertTrue(editor.contains("Which parties signed the Convention on 25 October 2025"), "examples are listed");
        String query = "PREFIX tg: <https://w3id.org/treatygraph/ontology#> SELECT ?n WHERE { ?c a tg:Chapter ; tg:number ?n ;"
                + " tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> } ORDER BY ?n";
        HttpResponse<byte[]> answer = server.get("/editor?query=" + RunningServer.encode(query), "text/html");
        assertEquals(200, answer.statusCode());
        String page = body(answer);
        assertTrue(page.contains("<span id=\"row-count\">9</span> row(s)"), page);
        assertTrue(page.contains("<td>9</td>"));
    }

    @Test
    void queryPageReportsSyntaxErrorsAndEscapesMarkup() throws Exception {
        HttpResponse<byte[]> broken = server.get("/editor?query=" + RunningServer.encode("SELECT ?x WHERE {"), "text/html");
        assertEquals(400, broken.statusCode());
        assertTrue(body(broken).contains("The query is not valid SPARQL"));
        String markup = "SELECT ?x WHERE { BIND (\"<script>alert(1)</script>\" AS ?x) }";
        String page = body(server.get("/editor?query=" + RunningServer.encode(markup), "text/html"));
        assertFalse(page.contains("<script>alert(1)</script>"), "markup from a query is shown, not executed");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void ontologyDereferencesToDocumentationAndToTurtle() throws Exception {
        String html = body(server.get("/ontology", "text/html"));
        assertTrue(html.contains("id=\"Article\""), "every class has an anchor");
        assertTrue(html.contains("A numbered article of a treaty"), "with its comment");
        assertTrue(html.contains("<dt>Range</dt><dd><a href=\"#Modality\">tg:Modality</a>"), "and links to ranges");
        HttpResponse<byte[]> turtle = server.get("/ontology", "text/turtle");
        Model model = Rio.parse(new ByteArrayInputStream(turtle.body()), "", RDFFormat.TURTLE);
        assertTrue(model.contains(VF.createIRI(server.url("/ontology#Article")), null, null));
        assertEquals(200, server.get("/ontology.jsonld", (String) null).statusCode());
        assertEquals(200, server.get("/shapes.ttl", (String) null).statusCode());
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<byte[]> response = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
        var dataset = VF.createIRI(server.url("/.well-known/void#treatygraph"));
        long triples = Models.objectLiteral(model.filter(dataset, VF.createIRI(VOID + "triples"), null))
                .map(Literal::longValue).orElseThrow();
        assertEquals(server.store().size(), triples);
        assertTrue(model.contains(dataset, VF.createIRI(VOID + "sparqlEndpoint"), VF.createIRI(server.url("/sparql"))));
        assertTrue(model.contains(dataset, VF.createIRI(VOID + "dataDump"), VF.createIRI(server.url("/download/treatygraph.nq.gz"))));
        assertTrue(model.contains(dataset, VF.createIRI(VOID + "vocabulary"), VF.createIRI("http://data.europa.eu/eli/ontology#")));
        assertEquals(36, model.filter(dataset, VF.createIRI(VOID + "subset"), null).size(),
                "one subset per named graph: 34 asserted, graph/inferred and graph/status");
        assertTrue(model.contains(dataset, VF.createIRI("http://purl.org/dc/terms/source"),
                VF.createIRI(server.url("/id/source/untc-mtdsg-xviii-16"))));
    }

    @Test
    void endpointServesItsServiceDescription() throws Exception {
        HttpResponse<byte[]> response = server.get("/sparql", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
        assertTrue(model.contains(null, VF.createIRI(SD + "endpoint"), VF.createIRI(server.url("/sparql"))));
        assertTrue(model.contains(null, VF.createIRI(SD + "feature"), VF.createIRI(SD + "UnionDefaultGraph")));
        assertEquals(303, server.get("/sparql", "text/html").statusCode(), "browsers are sent to the query page");
    }

    @Test
    void dumpsHoldTheWholeDataset() throws Exception {
        for (String name : new String[] {"treatygraph.trig.gz", "treatygraph.nq.gz"}) {
            HttpResponse<byte[]> response = server.get("/download/" + name, (String) null);
            assertEquals(200, response.statusCode());
            RDFFormat format = name.contains("trig") ? RDFFormat.TRIG : RDFFormat.NQUADS;
            Model model = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(response.body())), "", format);
            assertEquals(server.store().size(), model.size(), name);
            assertTrue(model.contains(VF.createIRI(server.url("/id/state/VNM")), null, null,
                    VF.createIRI(server.url("/graph/states"))), "dumps keep the graphs, under the server's own base");
        }
    }

    @Test
    void graphIrisDescribeTheirSource() throws Exception {
        HttpResponse<byte[]> response = server.get("/graph/untc-depositary", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
        assertTrue(model.contains(VF.createIRI(server.url("/graph/untc-depositary")),
                VF.createIRI("http://www.w3.org/ns/prov#wasDerivedFrom"), VF.createIRI(server.url("/id/source/untc-mtdsg-xviii-16"))));
    }

    @Test
    void aConfiguredBaseUriIsUsedInLinksAndData() throws Exception {
        try (RunningServer behindProxy = new RunningServer("https://w3id.org/treatygraph/")) {
            HttpResponse<byte[]> redirect = behindProxy.get("/id/state/VNM", "text/turtle");
            assertEquals("https://w3id.org/treatygraph/doc/state/VNM", header(redirect, "Location"));
            String turtle = body(behindProxy.get("/doc/state/VNM", "application/n-triples"));
            assertTrue(turtle.contains("<https://w3id.org/treatygraph/id/state/VNM>"));
            assertFalse(turtle.contains("localhost"), "no local address leaks into the data");
        }
        String local = body(server.get("/doc/state/VNM", "application/n-triples"));
        assertTrue(local.contains("<" + server.url("/id/state/VNM") + ">"), "a local run rewrites IRIs to itself");
        assertFalse(local.contains("<https://w3id.org/treatygraph/id/"));
    }
}
