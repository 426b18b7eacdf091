package org.w3id.treatygraph.linkeddata;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One identity per server: an IRI copied from a page, an RDF document, VoID or the service description is
 * the IRI SPARQL and the Graph Store Protocol know on the same server, and SPARQL answers with it.
 */
class OneIdentityTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#?]+)\"");

    @RegisterExtension
    static final RunningServer local = new RunningServer();
    @RegisterExtension
    static final RunningServer canonical = new RunningServer(TG.BASE);

    @Test
    void everyResourceIriOnAPageIsKnownToSparqlOnTheSameServer() throws Exception {
        String page = new String(local.get("/doc/treaty/un-cybercrime-convention/article/16", "text/html").body(),
                StandardCharsets.UTF_8);
        Set<String> iris = new LinkedHashSet<>();
        Matcher href = HREF.matcher(page);
        while (href.find()) {
            if (href.group(1).startsWith(local.url("/id/"))) {
                iris.add(href.group(1));
            }
        }
        assertTrue(iris.size() > 20, "links on the page: " + iris);
        for (String iri : iris) {
            assertTrue(ask(local, "ASK { { <" + iri + "> ?p ?o } UNION { ?s ?p <" + iri + "> } }"), iri);
        }
    }

    @Test
    void voidAndServiceDescriptionNameWhatSparqlAndTheGraphStoreKnow() throws Exception {
        Model description = turtle(local.get("/sparql", "text/turtle"));
        Set<Value> graphs = description.filter(null, SimpleValueFactory.getInstance().createIRI(SD + "name"), null).objects();
        assertEquals(36, graphs.size(), "one named graph each");
        for (Value graph : graphs) {
            assertTrue(ask(local, "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }"), graph.toString());
            assertEquals(200, local.get("/get?graph=" + RunningServer.encode(graph.stringValue()), "text/turtle")
                    .statusCode(), graph.toString());
        }
        Model voidDescription = turtle(local.get("/.well-known/void", "text/turtle"));
        IRI example = (IRI) voidDescription.filter(null, SimpleValueFactory.getInstance()
                .createIRI("http://rdfs.org/ns/void#exampleResource"), null).objects().iterator().next();
        assertTrue(ask(local, "ASK { <" + example + "> ?p ?o }"), example.toString());
    }

    @Test
    void sparqlAnswersUnderTheServersBaseAndCanonicalIrisStillMatch() throws Exception {
        String query = "SELECT ?c WHERE { ?c a <https://w3id.org/treatygraph/ontology#Chapter> ;"
                + " <https://w3id.org/treatygraph/ontology#treaty> <" + local.url("/id/treaty/un-cybercrime-convention") + "> }";
        String csv = new String(local.query(query, "text/csv").body(), StandardCharsets.UTF_8);
        assertEquals(1 + 9, csv.lines().count(), csv);
        assertTrue(csv.contains(local.url("/id/treaty/un-cybercrime-convention/chapter/2")), csv);
        assertFalse(csv.contains("https://w3id.org/"), "no second identity in the answer: " + csv);
    }

    @Test
    void behindTheCanonicalBaseNothingIsRewritten() throws Exception {
        String csv = new String(canonical.query("SELECT ?s WHERE { ?s a <https://w3id.org/treatygraph/ontology#Treaty> }",
                "text/csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention"), csv);
        Model document = turtle(canonical.get("/doc/state/VNM", "text/turtle"));
        assertTrue(document.contains(SimpleValueFactory.getInstance().createIRI(TG.ID + "state/VNM"), null, null));
    }

    private static boolean ask(RunningServer server, String query) throws Exception {
        HttpResponse<byte[]> response = server.query(query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return QueryResultIO.parseBoolean(new ByteArrayInputStream(response.body()), BooleanQueryResultFormat.JSON);
    }

    private static Model turtle(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        return Rio.parse(new ByteArrayInputStream(response.body()), "", RDFFormat.TURTLE);
    }
}
