package org.w3id.treatygraph.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.server.RunningServer;

/**
 * The linked data as clients nobody here wrote read it: rdflib (Debian's python3-rdflib) and rapper (raptor2)
 * parse every document format, Comunica queries the endpoint and traverses links from the treaty's IRI.
 * {@code .ci/run} installs them: the Debian packages, and Comunica from npm ({@code src/test/clients}, {@code npm ci}).
 */
class StandardClientsTest {
    private static final Path CLIENTS = TestProject.home().resolve("src/test/clients/node_modules/.bin");
    private static final String STATE = "/id/state/VNM";
    private static final String DOCUMENT = "/doc/state/VNM";

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void rdflibGetsTheSameStatementsInEveryFormat() throws Exception {
        // rdflib 6 asks for each triple syntax by name; for TriG and N-Quads it sends no matching Accept, so the
        // provenance documents are read by their extensions, and their distinct triples counted.
        String script = """
                import sys, rdflib
                url, doc = sys.argv[1], sys.argv[2]
                for fmt in ["turtle", "json-ld", "xml", "nt"]:
                    g = rdflib.Graph()
                    g.parse(url, format=fmt)
                    print(fmt, len(g), len(list(g.objects(rdflib.URIRef(url), rdflib.RDFS.label))))
                for fmt, ext in [("trig", ".trig"), ("nquads", ".nq")]:
                    g = rdflib.ConjunctiveGraph()
                    g.parse(doc + ext, format=fmt)
                    print(fmt, len(set(g.triples((None, None, None)))), len(list(g.objects(rdflib.URIRef(url), rdflib.RDFS.label))))
                """;
        Map<String, String[]> counts = new TreeMap<>();
        for (String line : run(List.of("/usr/bin/python3", "-c", script, server.url(STATE), server.url(DOCUMENT))).lines().toList()) {
            String[] parts = line.split(" ");
            counts.put(parts[0], parts);
        }
        assertEquals(6, counts.size(), counts.keySet().toString());
        String triples = counts.get("turtle")[1];
        assertTrue(Integer.parseInt(triples) > 50, "statements about Viet Nam: " + triples);
        counts.forEach((format, parts) -> {
            assertEquals(triples, parts[1], format + " has as many statements as Turtle");
            assertEquals("1", parts[2], format + ": Viet Nam's label, on its own IRI");
        });
    }

    @Test
    void rapperParsesTurtleRdfXmlAndNTriplesAlike() throws Exception {
        List<String> counts = new ArrayList<>();
        for (String[] format : new String[][] {{"text/turtle", "turtle"}, {"application/rdf+xml", "rdfxml"},
                {"application/n-triples", "ntriples"}}) {
            HttpResponse<byte[]> response = server.get(DOCUMENT, format[0]);
            assertEquals(200, response.statusCode());
            Path file = Files.createTempFile("document", "." + format[1]);
            Files.write(file, response.body());
            String out = run(List.of("rapper", "-i", format[1], "-c", file.toString(), server.url(STATE)));
            counts.add(out.replaceAll("(?s).*returned (\\d+) triples.*", "$1"));
        }
        assertEquals(1, counts.stream().distinct().count(), counts.toString());
        assertTrue(Integer.parseInt(counts.get(0)) > 50, counts.toString());
    }

    @Test
    void comunicaQueriesTheEndpoint() throws Exception {
        String json = run(List.of(CLIENTS.resolve("comunica-sparql").toString(), "sparql@" + server.url("/sparql"),
                "-t", "application/sparql-results+json",
                "SELECT ?a WHERE { ?a a <https://w3id.org/treatygraph/ontology#Article> ;"
                        + " <https://w3id.org/treatygraph/ontology#treaty> <" + server.url("/id/treaty/un-cybercrime-convention") + "> }"));
        assertEquals(68, JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size(), json);
    }

    @Test
    void aLinkTraversalClientListsTheArticlesOfChapterTwoFromTheTreatyIri() throws Exception {
        String treaty = server.url("/id/treaty/un-cybercrime-convention");
        // One identity: on this server the vocabulary's IRIs are under its base too, as its documents say.
        String tg = server.url("/ontology#");
        String query = "SELECT ?article ?title WHERE { <" + treaty + "> <http://data.europa.eu/eli/ontology#has_part> ?chapter ."
                + " ?chapter <" + tg + "number> 2 . ?article <" + tg + "chapter> ?chapter ;"
                + " <http://data.europa.eu/eli/ontology#title> ?title }";
        String json = run(List.of(CLIENTS.resolve("comunica-sparql-link-traversal").toString(), treaty,
                "-t", "application/sparql-results+json", "--lenient", query));
        assertEquals(15, JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size(),
                "articles 7 to 21: " + json);
        assertTrue(json.contains("Illegal access"), json);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
        assertEquals(0, process.exitValue(), command + ":\n" + out);
        return out;
    }
}
