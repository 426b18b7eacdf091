package org.w3id.treatygraph.linkeddata;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.server.RunningServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cool-URI dereferencing and content negotiation over real HTTP; every format parsed back with RDF4J. */
class DereferencingTest {
    private static final String ARTICLE = "treaty/un-cybercrime-convention/article/16";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void thingIriAnswers303ToItsDocument() throws Exception {
        HttpResponse<byte[]> response = server.get("/id/" + ARTICLE, "text/turtle");
        assertEquals(303, response.statusCode());
        assertEquals(server.url("/doc/" + ARTICLE), location(response));
        HttpResponse<byte[]> withExtension = server.get("/id/" + ARTICLE + ".jsonld", (String) null);
        assertEquals(303, withExtension.statusCode());
        assertEquals(server.url("/doc/" + ARTICLE + ".jsonld"), location(withExtension));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "application/trig", "application/n-quads"})
    void eachRdfFormatCarriesTheDescription(String mediaType) throws Exception {
        HttpResponse<byte[]> response = server.get("/doc/" + ARTICLE, mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith(mediaType), header(response, "Content-Type"));
        assertTrue(header(response, "Vary").contains("Accept"));
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType).orElseThrow();
        assertEquals(server.url("/doc/" + ARTICLE + "." + format.getDefaultFileExtension()),
                header(response, "Content-Location"));
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), server.url("/"), format);
        IRI article = iri("id/" + ARTICLE);
        assertTrue(model.contains(article, eli("title"), VF.createLiteral("Non-consensual dissemination of intimate images", "en")));
        assertTrue(model.contains(iri("id/obligation/un-cybercrime-convention/art16-1"), tg("imposedBy"), article),
                "incoming links: the obligations of the article");
        assertTrue(model.contains(iri("id/crime/non-consensual-dissemination-of-intimate-images"), tg("establishedBy"), article),
                "incoming links: the offence the article establishes");
        assertTrue(model.contains(iri("id/treaty/un-cybercrime-convention/chapter/2"),
                VF.createIRI("http://www.w3.org/2000/01/rdf-schema#label"), VF.createLiteral("Chapter II. Criminalization", "en")),
                "labels of linked resources");
        assertTrue(model.contains(article, eli("title"), null, (Resource) null),
                "every negotiated format, quads included, has the description in the default graph");
        assertTrue(model.contains(iri("doc/" + ARTICLE), VF.createIRI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                iri("graph/treaty-text")), "the document names the graphs it draws on");
        if (format.supportsContexts()) {
            HttpResponse<byte[]> byExtension = server.get("/doc/" + ARTICLE + "." + format.getDefaultFileExtension(), null);
            HttpResponse<byte[]> byProfile = server.getWith("/doc/" + ARTICLE, "Accept", mediaType,
                    "Accept-Profile", "<https://w3id.org/treatygraph/profile/provenance>");
            for (HttpResponse<byte[]> provenance : List.of(byExtension, byProfile)) {
                Model quads = Rio.parse(new ByteArrayInputStream(provenance.body()), server.url("/"), format);
                assertTrue(quads.contains(article, eli("title"), null, iri("graph/treaty-text")),
                        "the .trig/.nq URL and the provenance profile keep each statement in its source's graph");
            }
            assertEquals("<" + server.url("/profile/provenance") + ">", header(byProfile, "Content-Profile"));
        }
    }

    @Test
    void explicitFormatUrlsNeedNoNegotiation() throws Exception {
        HttpResponse<byte[]> turtle = server.get("/doc/" + ARTICLE + ".ttl", "text/html");
        assertEquals(200, turtle.statusCode());
        assertTrue(header(turtle, "Content-Type").startsWith("text/turtle"));
        HttpResponse<byte[]> html = server.get("/doc/" + ARTICLE + ".html", "text/turtle");
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(body(html).contains("<h1>Article 16. Non-consensual dissemination of intimate images</h1>"));
    }

    @Test
    void aParagraphIsALinkedDataResourceWithItsObligationAndCitations() throws Exception {
        String paragraph = ARTICLE + "/paragraph/5";
        HttpResponse<byte[]> redirect = server.get("/id/" + paragraph, "text/turtle");
        assertEquals(303, redirect.statusCode());
        HttpResponse<byte[]> response = server.get("/doc/" + paragraph, "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(response.body()), server.url("/"), RDFFormat.TURTLE);
        IRI p = iri("id/" + paragraph);
        assertTrue(model.contains(p, tg("article"), iri("id/" + ARTICLE)));
        assertTrue(model.contains(p, tg("provisionModality"), tg("Optional")));
        assertTrue(model.contains(p, tg("page"), null));
        assertTrue(model.contains(iri("id/obligation/un-cybercrime-convention/art16-3"), tg("inParagraph"), p),
                "incoming links: the obligation the paragraph sets out (the intent-to-harm option is 16(5))");
        Model cited = Rio.parse(new ByteArrayInputStream(server.get("/doc/" + "treaty/un-cybercrime-convention/article/17/paragraph/1",
                "text/turtle").body()), server.url("/"), RDFFormat.TURTLE);
        assertTrue(cited.contains(iri("id/treaty/un-cybercrime-convention/article/22/paragraph/2"),
                eli("cites"), iri("id/treaty/un-cybercrime-convention/article/17/paragraph/1")), "who cites 17(1)");
    }

    @Test
    void unverifiedFactsAreFlaggedOnTheirPage() throws Exception {
        String claimed = body(server.get("/doc/action/un-cybercrime-convention/ratification/QAT.html", "text/html"));
        assertTrue(claimed.contains("<p class=\"unverified\" role=\"note\"><strong>Unverified.</strong>"), claimed);
        String verified = body(server.get("/doc/" + ARTICLE + ".html", "text/html"));
        assertTrue(!verified.contains("class=\"unverified\""), "a verified article carries no warning");
        String approval = body(server.get("/doc/domestic-approval/un-cybercrime-convention/AZE.html", "text/html"));
        assertTrue(approval.contains("Domestic approval"), "Azerbaijan's approval is a domestic act: " + approval);
    }

    @Test
    void qualityValuesDecide() throws Exception {
        assertTrue(header(server.get("/doc/" + ARTICLE, "text/turtle;q=0.5, application/ld+json;q=0.9"),
                "Content-Type").startsWith("application/ld+json"));
        assertTrue(header(server.get("/doc/" + ARTICLE, "text/turtle;q=0, */*;q=0.1"), "Content-Type")
                .startsWith("text/html"), "q=0 excludes Turtle; HTML is the next offer");
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertTrue(header(server.get("/doc/" + ARTICLE, browser), "Content-Type").startsWith("text/html"));
        assertTrue(header(server.get("/doc/" + ARTICLE, "*/*"), "Content-Type").startsWith("text/turtle"));
    }

    @Test
    void unsupportedMediaTypeIs406WithTheList() throws Exception {
        HttpResponse<byte[]> response = server.get("/doc/" + ARTICLE, "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(body(response).contains("text/turtle, text/html, application/ld+json"), body(response));
    }

    @Test
    void unknownIrisAre404WithAHelpfulPage() throws Exception {
        HttpResponse<byte[]> page = server.get("/id/treaty/un-cybercrime-convention/article/99", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(body(page).contains("TreatyGraph has no resource https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/99"));
        assertTrue(body(page).contains("SPARQL query editor"));
        HttpResponse<byte[]> data = server.get("/doc/state/XXX", "text/turtle");
        assertEquals(404, data.statusCode());
        assertTrue(header(data, "Content-Type").startsWith("text/plain"));
        assertEquals(404, server.get("/doc/" + ARTICLE + ".docx", "text/turtle").statusCode());
    }

    @Test
    void conditionalRequestsAnswer304() throws Exception {
        HttpResponse<byte[]> first = server.get("/doc/" + ARTICLE, "text/turtle");
        String etag = header(first, "ETag");
        assertTrue(etag.startsWith("\""), etag);
        HttpResponse<byte[]> again = server.getWith("/doc/" + ARTICLE, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> since = server.getWith("/doc/" + ARTICLE, "Accept", "text/turtle",
                "If-Modified-Since", header(first, "Last-Modified"));
        assertEquals(304, since.statusCode());
        HttpResponse<byte[]> otherFormat = server.getWith("/doc/" + ARTICLE, "Accept", "application/ld+json",
                "If-None-Match", etag);
        assertEquals(200, otherFormat.statusCode(), "another representation has another ETag");
    }

    @Test
    void headGivesTheHeadersWithoutBody() throws Exception {
        HttpResponse<byte[]> get = server.get("/doc/" + ARTICLE, "text/turtle");
        HttpResponse<byte[]> head = server.send("HEAD", "/doc/" + ARTICLE, "Accept", "text/turtle");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"));
    }

    @Test
    void readsAreOpenToOtherOrigins() throws Exception {
        HttpResponse<byte[]> response = server.getWith("/doc/" + ARTICLE, "Accept", "text/turtle",
                "Origin", "https://example.org");
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(header(response, "Access-Control-Expose-Headers").contains("Link"));
        assertTrue(header(response, "Access-Control-Expose-Headers").contains("ETag"));
        HttpResponse<byte[]> preflight = server.send("OPTIONS", "/doc/" + ARTICLE, "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.statusCode(), "preflight");
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("GET"));
    }

    @Test
    void linkHeaderListsTheAlternates() throws Exception {
        String link = header(server.get("/doc/" + ARTICLE, "text/turtle"), "Link");
        assertTrue(link.contains("<" + server.url("/id/" + ARTICLE) + ">; rel=\"about\""), link);
        assertTrue(link.contains("<" + server.url("/doc/" + ARTICLE + ".jsonld") + ">; rel=\"alternate\"; type=\"application/ld+json\""), link);
    }

    /** Start at the treaty and follow every id/ link of every document: each must dereference. */
    @Test
    void everyLinkedResourceDereferences() throws Exception {
        String prefix = server.url("/id/");
        Deque<String> queue = new ArrayDeque<>(List.of(prefix + "treaty/un-cybercrime-convention"));
        Set<String> seen = new HashSet<>(queue);
        List<String> failures = new ArrayList<>();
        while (!queue.isEmpty()) {
            String iri = queue.poll();
            HttpResponse<byte[]> redirect = server.getWith(iri, "Accept", "application/n-triples");
            if (redirect.statusCode() != 303) {
                failures.add(iri + " -> " + redirect.statusCode());
                continue;
            }
            HttpResponse<byte[]> document = server.getWith(location(redirect), "Accept", "application/n-triples");
            if (document.statusCode() != 200) {
                failures.add(location(redirect) + " -> " + document.statusCode());
                continue;
            }
            Model model = Rio.parse(new ByteArrayInputStream(document.body()), "", RDFFormat.NTRIPLES);
            model.forEach(st -> List.of(st.getSubject(), st.getObject()).forEach(v -> {
                if (v.isIRI() && v.stringValue().startsWith(prefix) && seen.add(v.stringValue())) {
                    queue.add(v.stringValue());
                }
            }));
        }
        assertTrue(failures.isEmpty(), "links that do not dereference: " + failures);
        assertTrue(seen.size() > 500, "the crawl reached " + seen.size() + " resources");
        assertTrue(seen.contains(prefix + "state/VNM") && seen.contains(prefix + "person/ghada-waly")
                && seen.contains(prefix + "crime/illegal-access"), "the crawl reaches States, people and offences");
    }

    @Test
    void htmlPageShowsLabelsNavigationAndSources() throws Exception {
        String page = body(server.get("/doc/" + ARTICLE, "text/html"));
        assertTrue(page.contains("Chapter II. Criminalization"), "the article's chapter");
        assertTrue(page.contains("rel=\"prev\">← Article 15."), "the previous article");
        assertTrue(page.contains("rel=\"next\">→ Article 17."), "the next article");
        assertTrue(page.contains(">what is established by this<"), "incoming links named as the inverse of the property");
        assertTrue(page.contains("title=\"Source: The Convention: titles, adoption, chapters and articles\""), "sources");
        assertTrue(!page.contains(">https://w3id.org/treatygraph/ontology#"), "no raw property IRIs");
    }

    private static IRI iri(String path) {
        return VF.createIRI(server.url("/" + path));
    }

    private static IRI tg(String name) {
        return VF.createIRI(server.url("/ontology#" + name));
    }

    private static IRI eli(String name) {
        return VF.createIRI("http://data.europa.eu/eli/ontology#" + name);
    }

    private static String location(HttpResponse<?> response) {
        return header(response, "Location");
    }

    /** All values of a header, joined with ", " as HTTP allows. */
    static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
