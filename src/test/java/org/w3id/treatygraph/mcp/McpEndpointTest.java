package org.w3id.treatygraph.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.treatygraph.server.RunningServer;

/** The MCP endpoint through the official SDK's own client over streamable HTTP, against a running server. */
class McpEndpointTest {
    @RegisterExtension
    static final RunningServer server = new RunningServer(builder -> builder.queryTimeout(Duration.ofSeconds(3)));
    static McpSyncClient client;

    @BeforeAll
    static void connect() {
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url("")).endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    static void disconnect() {
        client.closeGracefully();
    }

    static String id(String path) {
        return server.url("/id/" + path);
    }

    static McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = call(tool, arguments);
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> tool + " failed: " + text(result));
        return (Map<String, Object>) result.structuredContent();
    }

    /** The message of a tool error (and that it is one). */
    static String refusal(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = call(tool, arguments);
        assertEquals(Boolean.TRUE, result.isError(), () -> tool + " should have refused: " + text(result));
        return text(result);
    }

    static String text(McpSchema.CallToolResult result) {
        return result.content().stream().map(c -> ((McpSchema.TextContent) c).text()).collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        return (List<Map<String, Object>>) object.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> object, String key) {
        return (Map<String, Object>) object.get(key);
    }

    @Test
    void listsTheToolsWithTheirInputSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertEquals(Set.of("search", "get_provision", "table_of_contents", "compare_provisions", "party_status",
                "treaty_status", "list_parties", "sparql"), tools.stream().map(McpSchema.Tool::name).collect(Collectors.toSet()));
        McpSchema.Tool provision = tools.stream().filter(t -> t.name().equals("get_provision")).findFirst().orElseThrow();
        assertEquals("object", provision.inputSchema().get("type"));
        assertEquals(List.of("article"), provision.inputSchema().get("required"));
        assertTrue(tools.stream().allMatch(t -> t.annotations().readOnlyHint()));
    }

    @Test
    void article16HasParagraphsOneToSix() {
        Map<String, Object> article = answer("get_provision", Map.of("article", 16));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), list(article, "paragraphs").stream().map(p -> p.get("number")).toList());
        assertEquals(id("treaty/un-cybercrime-convention/article/16"), object(article, "article").get("iri"));
        assertEquals(id("treaty/un-cybercrime-convention/article/16/paragraph/5"), list(article, "paragraphs").get(4).get("iri"));
    }

    @Test
    void article41Paragraph1RequiresARoundTheClockPointOfContact() {
        Map<String, Object> provision = answer("get_provision", Map.of("article", 41, "paragraph", 1));
        assertEquals("24/7 network", object(provision, "article").get("title"));
        Map<String, Object> paragraph = list(provision, "paragraphs").get(0);
        assertEquals(id("treaty/un-cybercrime-convention/article/41/paragraph/1"), paragraph.get("iri"));
        assertEquals("shall", paragraph.get("modality"));
        assertEquals("shall designate a point of contact available", paragraph.get("keyPhrase"));
        assertTrue(((String) paragraph.get("summary")).startsWith("Designate a round-the-clock contact point"));
        assertEquals(id("source/a-res-79-243"), paragraph.get("source"));
        assertEquals(29, ((Number) paragraph.get("page")).intValue());
        assertEquals(server.url("/graph/provisions"), paragraph.get("graph"));
        List<Map<String, Object>> obligations = list(provision, "obligations");
        assertEquals(List.of(id("obligation/un-cybercrime-convention/art41-1")), obligations.stream().map(o -> o.get("iri")).toList());
        assertEquals("shall", obligations.get(0).get("modality"));
    }

    @Test
    void anUnknownArticleOrParagraphIsAToolErrorNamingTheRange() {
        assertTrue(refusal("get_provision", Map.of("article", 99)).contains("numbered 1–68"));
        assertTrue(refusal("get_provision", Map.of("article", 16, "paragraph", 9)).contains("paragraphs 1–6"));
        assertTrue(refusal("get_provision", Map.of("article", 16, "treaty", "Atlantis")).contains("Unknown treaty"));
        // Checked against the input schema by the SDK before the tool runs: still a tool error naming the argument
        assertTrue(refusal("get_provision", Map.of()).contains("'article'"));
        assertTrue(refusal("get_provision", Map.of("article", 0)).contains("minimum"));
        assertTrue(refusal("compare_provisions", Map.of("article", 69)).contains("numbered 1–68"));
    }

    @Test
    void tableOfContentsListsTheChaptersInOrder() {
        Map<String, Object> contents = answer("table_of_contents", Map.of());
        assertEquals(68, ((Number) contents.get("articleCount")).intValue());
        List<Map<String, Object>> chapters = list(contents, "chapters");
        assertEquals(9, chapters.size());
        assertTrue(((String) chapters.get(0).get("label")).startsWith("Chapter I."));
        assertEquals(1, ((Number) list(chapters.get(0), "articles").get(0).get("number")).intValue());
        assertTrue(chapters.stream().flatMap(c -> list(c, "articles").stream())
                .anyMatch(a -> a.get("iri").equals(id("treaty/un-cybercrime-convention/article/41")) && a.get("title").equals("24/7 network")));
    }

    @Test
    void compareProvisionsFindsTheBudapestCounterpartOfArticle41() {
        List<Map<String, Object>> counterparts = list(answer("compare_provisions", Map.of("article", 41)), "counterparts");
        Map<String, Object> budapest = counterparts.stream()
                .filter(c -> object(c, "provision").get("iri").equals(id("treaty/budapest-convention/article/35")))
                .findFirst().orElseThrow();
        assertEquals(id("treaty/budapest-convention"), object(budapest, "treaty").get("iri"));
        assertTrue(budapest.containsKey("kind") && budapest.containsKey("confidence"));
        assertEquals(server.url("/graph/crossref"), budapest.get("graph"));
    }

    @Test
    void aSignatoryThatHasNotRatifiedIsNotAParty() {
        Map<String, Object> status = answer("party_status", Map.of("party", "AUS", "date", "2026-01-01"));
        assertEquals(id("state/AUS"), object(status, "party").get("iri"));
        assertEquals("signatory, no instrument of consent deposited", status.get("status"));
        assertEquals(true, status.get("signatory"));
        assertEquals(false, status.get("bound"));
        assertEquals("art 64(1)", object(status, "trace").get("rule"));
        Map<String, Object> signature = list(status, "actions").get(0);
        assertEquals(id("action/un-cybercrime-convention/signature/AUS"), signature.get("iri"));
        assertEquals("2025-10-25", signature.get("date"));
        assertEquals(server.url("/graph/untc-depositary"), signature.get("graph"));
        // By name, the same party
        assertEquals(id("state/AUS"), object(answer("party_status", Map.of("party", "Australia")), "party").get("iri"));
    }

    @Test
    void badStatusArgumentsAreToolErrors() {
        assertTrue(refusal("party_status", Map.of("party", "Atlantis")).contains("ISO 3166"));
        assertTrue(refusal("party_status", Map.of("party", "AUS", "date", "2026-02-30")).contains("YYYY-MM-DD"));
        assertTrue(refusal("treaty_status", Map.of("date", "yesterday")).contains("/date"));
        assertTrue(refusal("list_parties", Map.of("status", "friends")).contains("/status"));
        assertTrue(refusal("search", Map.of("query", "x", "kinds", List.of("planet"))).contains("/kinds"));
    }

    @Test
    void treatyStatusAndSignatoriesAgree() {
        Map<String, Object> status = answer("treaty_status", Map.of("date", "2026-01-01"));
        assertEquals(false, status.get("inForce"));
        assertEquals(40, ((Number) status.get("instrumentsRequired")).intValue());
        assertEquals(0, ((Number) status.get("instrumentsCounted")).intValue());
        assertTrue(list(status, "trace").stream().anyMatch(t -> "art 65(1)".equals(t.get("rule"))));
        Map<String, Object> signatories = answer("list_parties", Map.of("status", "signatory", "date", "2026-01-01"));
        assertEquals(status.get("signatories"), signatories.get("count"));
        assertTrue(list(signatories, "parties").stream().anyMatch(p -> object(p, "party").get("iri").equals(id("state/AUS"))));
        assertEquals(0, ((Number) answer("list_parties", Map.of("status", "bound", "date", "2026-01-01")).get("count")).intValue());
    }

    @Test
    void searchFindsTheContactPoint() {
        List<Map<String, Object>> results = list(answer("search", Map.of("query", "round-the-clock", "kinds", List.of("paragraph"))), "results");
        assertTrue(results.stream().anyMatch(r -> r.get("iri").equals(id("treaty/un-cybercrime-convention/article/41/paragraph/1"))
                && "paragraph".equals(r.get("kind")) && r.get("graph") != null));
    }

    @Test
    void sparqlAnswersSelectAndAskAndRefusesTheRest() {
        Map<String, Object> rows = answer("sparql", Map.of("query", "PREFIX tg: <https://w3id.org/treatygraph/ontology#>"
                + " SELECT (COUNT(?a) AS ?n) WHERE { ?a a tg:Article ; tg:treaty <" + id("treaty/un-cybercrime-convention") + "> }"));
        assertEquals("68", object(list(rows, "rows").get(0), "n").get("value"));
        assertEquals(true, answer("sparql", Map.of("query", "ASK { <" + id("state/AUS") + "> ?p ?o }")).get("boolean"));
        assertTrue(refusal("sparql", Map.of("query", "CONSTRUCT WHERE { ?s ?p ?o }")).contains("SELECT and ASK"));
        assertTrue(refusal("sparql", Map.of("query", "SELEKT nothing")).contains("not valid SPARQL"));
        assertTrue(refusal("sparql", Map.of("query", "SELECT * WHERE { ?s ?p ?o }")).contains("LIMIT"));
    }

    @Test
    void aRunawayQueryIsCutAtTheTimeout() {
        String message = refusal("sparql", Map.of("query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
        assertTrue(message.contains("cancelled") && message.contains("3 s"), message);
    }

    @Test
    void articlesAndParagraphsAreResources() {
        assertEquals(2, client.listResourceTemplates().resourceTemplates().size());
        String iri = "https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/41/paragraph/1";
        String text = ((McpSchema.TextResourceContents) client.readResource(new McpSchema.ReadResourceRequest(iri))
                .contents().get(0)).text();
        assertTrue(text.contains("Summary (TreatyGraph's own words): Designate a round-the-clock contact point"), text);
        RuntimeException unknown = assertThrows(RuntimeException.class, () -> client.readResource(
                new McpSchema.ReadResourceRequest("https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/99")));
        assertTrue(unknown.getMessage().contains("not found"), unknown.getMessage());
        assertEquals(3, client.listPrompts().prompts().size());
    }

    /** The scenario: what does art 41(1) require, who has signed, is the Convention in force — three calls. */
    @Test
    void threeCallsAnswerTheQuestionWithIrisAndSources() {
        Map<String, Object> requirement = list(answer("get_provision", Map.of("article", 41, "paragraph", 1)), "obligations").get(0);
        assertTrue(((String) requirement.get("requires")).contains("round-the-clock contact point"));
        assertEquals(server.url("/graph/obligations"), requirement.get("graph"));
        Map<String, Object> signed = answer("list_parties", Map.of("status", "signatory"));
        assertTrue(((Number) signed.get("count")).intValue() >= 72);
        assertTrue(list(signed, "parties").stream().allMatch(p -> object(p, "party").get("iri") != null
                && !list(p, "actions").isEmpty() && list(p, "actions").get(0).get("graph") != null));
        Map<String, Object> inForce = answer("treaty_status", Map.of());
        assertEquals(false, inForce.get("inForce"));
        assertTrue(list(inForce, "trace").stream().allMatch(t -> t.get("rule") != null && t.get("why") != null));
    }
}
