package org.w3id.treatygraph.write;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes over real HTTP: credentials, SHACL gate, reports, provenance, entailments, limits. */
class WriteEndpointsTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final String PREFIXES = TestProject.WRITE_PREFIXES;
    /** A graph written through the API describes itself (its source), inside itself, so reloads keep it. */
    static final String DESCRIBE_CURATION_GRAPH = """
            INSERT DATA { GRAPH tgg:curation { tgg:curation a tg:DataGraph ; dcterms:title "Curators' corrections"@en ;
                prov:wasDerivedFrom <source/treatygraph-write-api> } } ;
            """;

    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN))
                .maxBodyBytes(200_000).queryTimeout(Duration.ofSeconds(2)));

    static HttpResponse<byte[]> update(RunningServer target, String update, String... headers) throws Exception {
        String[] all = new String[headers.length + 4];
        all[0] = "Content-Type";
        all[1] = "application/sparql-update";
        all[2] = "Authorization";
        all[3] = "Bearer " + TOKEN;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return target.sendBody("POST", "/update", PREFIXES + update, all);
    }

    @Test
    void withoutACredentialTheServerIsReadOnly() throws Exception {
        try (RunningServer readOnly = new RunningServer()) {
            HttpResponse<byte[]> response = update(readOnly, "INSERT DATA { GRAPH tgg:x { <a> <b> <c> } }");
            assertEquals(404, response.statusCode());
            assertTrue(text(response).contains("Writing is not enabled on this server"));
        }
    }

    @Test
    void aMissingOrWrongCredentialIs401() throws Exception {
        HttpResponse<byte[]> missing = server.sendBody("POST", "/update", "INSERT DATA { }",
                "Content-Type", "application/sparql-update");
        assertEquals(401, missing.statusCode());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<byte[]> wrong = server.sendBody("POST", "/update", "INSERT DATA { }",
                "Content-Type", "application/sparql-update", "Authorization", "Bearer not-the-token-at-all");
        assertEquals(401, wrong.statusCode());
        assertTrue(ask("ASK { ?s ?p ?o }"), "reads stay public");
    }

    @Test
    void aConformingUpdateIsCommittedLoggedAndEntailed() throws Exception {
        HttpResponse<byte[]> response = update(server, DESCRIBE_CURATION_GRAPH + """
                INSERT DATA { GRAPH tgg:curation {
                  <action/un-cybercrime-convention/accession/NZL> a tg:Accession ; rdfs:label "Accession by New Zealand (test)"@en ;
                      tg:party <state/NZL> ; tg:treaty <treaty/un-cybercrime-convention> ;
                      dcterms:date "2026-03-01"^^xsd:date ; tg:confidence tg:Unverified ; tg:evidence "a test write" } }""");
        assertEquals(200, response.statusCode(), text(response));
        JsonObject answer = JSON.parse(text(response));
        assertEquals("committed", answer.getString("status"), text(response));
        assertTrue(ask("ASK { <https://w3id.org/treatygraph/id/action/un-cybercrime-convention/accession/NZL> a tg:Accession }"));
        assertTrue(ask("ASK { GRAPH tgg:write-log { ?w a tg:Write ; tg:credentialName \"curator\" ;"
                + " tg:changedGraph tgg:curation ; tg:operation \"SPARQL Update\" } }"), "the write is logged");
        assertTrue(ask("ASK { GRAPH tgg:inferred { <https://w3id.org/treatygraph/id/action/un-cybercrime-convention/accession/NZL>"
                + " a <http://www.w3.org/ns/prov#Activity> } }"), "the entailments follow the write");
        int validated = answer.get("validatedNodes").getAsNumber().value().intValue();
        assertTrue(validated < 400, "only the nodes the change touches are validated, not the store: " + validated);
    }

    @Test
    void aNonConformingUpdateIsRejectedWhole() throws Exception {
        String signature = "<https://w3id.org/treatygraph/id/action/un-cybercrime-convention/signature/DZA>";
        long before = count();
        HttpResponse<byte[]> response = update(server, """
                INSERT DATA { GRAPH tgg:untc-depositary { <state/DZA> rdfs:comment "harmless on its own"@en } } ;
                DELETE WHERE { GRAPH ?g { <action/un-cybercrime-convention/signature/DZA> tg:party ?p } }""");
        assertEquals(422, response.statusCode());
        assertTrue(text(response).contains("A treaty action needs exactly one tg:party"), text(response));
        assertEquals(before, count(), "nothing of the update was committed");
        assertTrue(ask("ASK { " + signature + " tg:party ?p }"));
        assertFalse(ask("ASK { <https://w3id.org/treatygraph/id/state/DZA> rdfs:comment ?c }"));
    }

    @Test
    void theReportComesAsTurtleWhenAskedFor() throws Exception {
        HttpResponse<byte[]> response = update(server,
                "INSERT DATA { GRAPH tgg:obligations { <state/VNM> tg:isoAlpha3 \"VIET\" } }", "Accept", "text/turtle");
        assertEquals(422, response.statusCode());
        Model report = Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(report.contains(null, vf.createIRI("http://www.w3.org/ns/shacl#conforms"), vf.createLiteral(false)));
        assertTrue(report.contains(null, vf.createIRI("http://www.w3.org/ns/shacl#focusNode"),
                vf.createIRI("https://w3id.org/treatygraph/id/state/VNM")));
    }

    @Test
    void aWriteToAnUndescribedGraphIsRejected() throws Exception {
        HttpResponse<byte[]> response = update(server,
                "INSERT DATA { GRAPH <https://w3id.org/treatygraph/graph/rumours> { <state/VNM> rdfs:comment \"x\" } }");
        assertEquals(422, response.statusCode());
        assertTrue(text(response).contains("must be described in the catalog graph"), text(response));
    }

    @Test
    void graphStoreWritesReplaceAddAndDelete() throws Exception {
        HttpResponse<byte[]> described = update(server, """
                INSERT DATA { GRAPH tgg:notes-catalog { tgg:notes a tg:DataGraph ; dcterms:title "Curators' notes"@en ;
                    prov:wasDerivedFrom <source/treatygraph-write-api> .
                    tgg:notes-catalog a tg:DataGraph ; dcterms:title "Description of the notes graph"@en ;
                    prov:wasDerivedFrom <source/treatygraph-write-api> } }""");
        assertEquals(200, described.statusCode(), text(described));
        String graph = "/data?graph=" + RunningServer.encode("https://w3id.org/treatygraph/graph/notes");
        HttpResponse<byte[]> put = server.sendBody("PUT", graph,
                "<https://w3id.org/treatygraph/id/state/VNM> <http://www.w3.org/2000/01/rdf-schema#comment> \"Host State\"@en .",
                "Content-Type", "text/turtle", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, put.statusCode(), text(put));
        assertTrue(ask("ASK { GRAPH tgg:notes { ?s rdfs:comment \"Host State\"@en } }"));
        HttpResponse<byte[]> badJson = server.sendBody("PUT", graph, "{ \"@id\": ", "Content-Type", "application/ld+json",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(400, badJson.statusCode());
        HttpResponse<byte[]> delete = server.sendBody("DELETE", graph, "", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, delete.statusCode(), text(delete));
        assertFalse(ask("ASK { GRAPH tgg:notes { ?s ?p ?o } }"));
    }

    @Test
    void markupInALiteralIsShownNotExecuted() throws Exception {
        assertFalse(text(server.get("/doc/place/new-york", "text/html")).contains("onerror"), "cached before the write");
        HttpResponse<byte[]> response = update(server, "INSERT DATA { GRAPH tgg:untc-depositary { <place/new-york>"
                + " rdfs:comment \"<script>alert('x')</script><img src=x onerror=alert(1)>\"@en } }");
        assertEquals(200, response.statusCode(), text(response));
        String page = text(server.get("/doc/place/new-york", "text/html"));
        assertTrue(page.contains("onerror"), "the page shows the write at once, not a cached copy");
        assertFalse(page.contains("<script>alert"), "markup from the data is escaped");
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("&lt;script&gt;alert("), page);
    }

    @Test
    void theFirstWriteOfAFreshServerIsValidatedAgainstTheShapes() throws Exception {
        // The write gate parses the shapes when it first needs them, not at start.
        try (RunningServer fresh = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)))) {
            HttpResponse<byte[]> response = update(fresh, """
                    DELETE WHERE { GRAPH ?g { <action/un-cybercrime-convention/signature/DZA> tg:party ?p } }""");
            assertEquals(422, response.statusCode());
            assertTrue(text(response).contains("A treaty action needs exactly one tg:party"), text(response));
        }
    }

    @Test
    void validateChecksWithoutStoring() throws Exception {
        String bad = "@prefix tg: <https://w3id.org/treatygraph/ontology#> .\n"
                + "<https://w3id.org/treatygraph/id/state/ZZZ> a tg:State ; tg:isoAlpha3 \"zzz\" .";
        HttpResponse<byte[]> response = server.sendBody("POST", "/validate", bad, "Content-Type", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(text(response).contains("three upper-case letters"), text(response));
        assertFalse(ask("ASK { <https://w3id.org/treatygraph/id/state/ZZZ> ?p ?o }"), "validation stores nothing");
        HttpResponse<byte[]> good = server.sendBody("POST", "/validate?graph=" + RunningServer.encode(
                        "https://w3id.org/treatygraph/graph/states"),
                "<https://w3id.org/treatygraph/id/state/VNM> <http://www.w3.org/2000/01/rdf-schema#comment> \"ok\" .",
                "Content-Type", "application/n-triples");
        assertEquals("The data conforms to the shapes.", text(good).strip());
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        String big = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"" + "x".repeat(250_000) + "\" } }";
        HttpResponse<byte[]> response = update(server, big);
        assertEquals(413, response.statusCode());
        assertTrue(text(response).contains("larger than the limit"));
    }

    @Test
    void expensiveQueriesTimeOutWith503() throws Exception {
        HttpResponse<byte[]> response = server.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        assertEquals(503, response.statusCode(), text(response));
        assertTrue(ask("ASK { ?s ?p ?o }"), "the server still answers");
    }

    static boolean ask(String query) throws Exception {
        HttpResponse<byte[]> response = server.query(PREFIXES + query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), text(response));
        return QueryResultIO.parseBoolean(new ByteArrayInputStream(response.body()), BooleanQueryResultFormat.JSON);
    }

    static long count() {
        return server.store().size();
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
