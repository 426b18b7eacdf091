package org.w3id.treatygraph.write;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.treatygraph.write.WriteEndpointsTest.TOKEN;
import static org.w3id.treatygraph.write.WriteEndpointsTest.text;

/**
 * The server never calls another host for a client: each test points the request at a listener on this
 * machine and asserts that nothing connected to it.
 */
class NoOutboundRequestsTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.credentials(Credentials.of("curator", TOKEN)));

    /** A local port that records whether anyone connected. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket();

        Listener() throws IOException {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            socket.setSoTimeout(1000);
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        boolean contacted() throws IOException {
            try (var ignored = socket.accept()) {
                return true;
            } catch (SocketTimeoutException none) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void loadOfAUrlIsRefused() throws Exception {
        try (Listener listener = new Listener()) {
            HttpResponse<byte[]> response = WriteEndpointsTest.update(server,
                    "LOAD <" + listener.url("/data.ttl") + "> INTO GRAPH <https://w3id.org/treatygraph/graph/loaded>");
            assertEquals(403, response.statusCode());
            assertTrue(text(response).contains("LOAD is refused"));
            assertFalse(listener.contacted());
        }
    }

    @Test
    void serviceInAnUpdateDoesNotCallOut() throws Exception {
        try (Listener listener = new Listener()) {
            HttpResponse<byte[]> response = WriteEndpointsTest.update(server, "INSERT { GRAPH <urn:x> { ?s ?p ?o } }"
                    + " WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }");
            assertEquals(400, response.statusCode(), text(response));
            assertFalse(listener.contacted());
        }
    }

    @Test
    void remoteJsonLdContextsAreNotFetched() throws Exception {
        try (Listener listener = new Listener()) {
            String jsonLd = "{ \"@context\": \"" + listener.url("/context.jsonld") + "\", \"@id\": \"urn:a\", \"name\": \"x\" }";
            HttpResponse<byte[]> response = server.sendBody("POST", "/validate", jsonLd, "Content-Type", "application/ld+json");
            assertEquals(400, response.statusCode(), text(response));
            assertTrue(text(response).contains("remote JSON-LD contexts are not fetched"), text(response));
            assertFalse(listener.contacted());
        }
    }

    @Test
    void externalEntitiesInRdfXmlAreNotResolved() throws Exception {
        try (Listener listener = new Listener()) {
            String rdfXml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM \"" + listener.url("/secret") + "\"> ]>\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                    + "<rdf:Description rdf:about=\"urn:a\"><ex:p>&ext;</ex:p></rdf:Description></rdf:RDF>";
            HttpResponse<byte[]> response = server.sendBody("POST", "/validate", rdfXml, "Content-Type", "application/rdf+xml");
            assertEquals(200, response.statusCode(), "the entity is left unresolved and the data validated: " + text(response));
            assertFalse(listener.contacted(), "the parser fetched the external entity");
        }
    }
}
