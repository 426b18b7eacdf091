package org.w3id.treatygraph.reasoning;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.validation.ValidationOutcome;
import org.w3id.treatygraph.vocab.TG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the loader's rules derive from the curated files, and what they leave alone. */
class EntailmentsTest {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node TREATY = TG.id("treaty/un-cybercrime-convention");
    private static final Node ARTICLE_16 = TG.id("treaty/un-cybercrime-convention/article/16");
    private static final Node TOP_OFFENCE = TG.id("crime/cybercrime-convention-offence");
    private static final Node TYPE = RDF.type.asNode();

    private static Graph inferred;

    @BeforeAll
    static void infer() {
        inferred = Entailments.of(TestProject.sourceDataset());
    }

    @Test
    void statesAndTheEuropeanUnionArePartiesOrganizationsAndAgents() {
        for (Node party : Set.of(TG.id("state/VNM"), TG.id("organization/european-union"))) {
            for (String type : Set.of(TG.NS + "Party", "http://www.w3.org/ns/org#Organization",
                    "http://xmlns.com/foaf/0.1/Organization", "http://xmlns.com/foaf/0.1/Agent")) {
                assertTrue(inferred.contains(party, TYPE, uri(type)), party + " a " + type);
            }
        }
        assertEquals(196, inferred.find(Node.ANY, TYPE, TG.term("Party")).toList().size(),
                "193 UN member States, the two non-member observer States and the European Union");
    }

    @Test
    void partOfIsTransitiveAndHasPartIsItsInverse() {
        Node chapter2 = TG.id("treaty/un-cybercrime-convention/chapter/2");
        assertTrue(inferred.contains(ARTICLE_16, uri(ELI + "is_part_of"), chapter2), "tg:chapter ⊑ eli:is_part_of");
        assertTrue(inferred.contains(ARTICLE_16, uri(ELI + "is_part_of"), TREATY), "article → chapter → treaty");
        assertTrue(inferred.contains(TREATY, uri(ELI + "has_part"), ARTICLE_16));
        assertTrue(inferred.contains(chapter2, uri(ELI + "has_part"), ARTICLE_16));
        assertEquals(68, inferred.find(Node.ANY, uri(ELI + "is_part_of"), TREATY)
                .filterKeep(t -> TestProject.sourceDataset().getUnionGraph().contains(t.getSubject(), TYPE, TG.term("Article")))
                .toList().size());
    }

    @Test
    void everyOffenceIsUnderTheTopConceptThroughBroaderTransitive() {
        Node illegalAccess = TG.id("crime/illegal-access");
        Node group = TG.id("crime/offences-against-ict-systems-and-data");
        assertTrue(inferred.contains(illegalAccess, uri(SKOS + "broaderTransitive"), TOP_OFFENCE));
        assertTrue(inferred.contains(TOP_OFFENCE, uri(SKOS + "narrowerTransitive"), illegalAccess));
        assertTrue(inferred.contains(group, uri(SKOS + "narrower"), illegalAccess));
        assertEquals(16, inferred.find(Node.ANY, uri(SKOS + "broaderTransitive"), TOP_OFFENCE).toList().size(),
                "5 groups and 11 offences");
    }

    @Test
    void aTreatyActionGetsItsKindAsAConceptAndItsPartyAsItsAgent() {
        Node signature = TG.id("action/un-cybercrime-convention/signature/VNM");
        assertTrue(inferred.contains(signature, uri("http://purl.org/dc/terms/type"), TG.term("SignatureKind")));
        assertTrue(inferred.contains(signature, uri("http://www.w3.org/ns/prov#wasAssociatedWith"), TG.id("state/VNM")));
        assertTrue(inferred.contains(signature, TYPE, uri("http://www.w3.org/ns/prov#Activity")));
        assertTrue(inferred.contains(TG.id("action/un-cybercrime-convention/ratification/VNM"),
                uri("http://purl.org/dc/terms/type"), TG.term("RatificationKind")));
    }

    @Test
    void theInferredGraphHoldsOnlyNewTriplesAndNoBlankNodes() {
        DatasetGraph source = TestProject.sourceDataset();
        long assertedBefore = source.stream().count();
        Graph again = Entailments.of(source);
        assertEquals(assertedBefore, source.stream().count(), "the asserted dataset is not changed");
        assertTrue(again.isIsomorphicWith(inferred), "the same premises give the same entailments");
        Graph union = source.getUnionGraph();
        inferred.find().forEachRemaining(t -> {
            assertFalse(union.contains(t), "asserted already: " + t);
            assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), "blank node: " + t);
            assertFalse(t.getPredicate().equals(RDFS.subClassOf.asNode()) && t.getSubject().equals(t.getObject()),
                    "reflexive: " + t);
        });
        assertTrue(inferred.contains(TG.term("State"), RDFS.subClassOf.asNode(), uri("http://xmlns.com/foaf/0.1/Agent")),
                "the class hierarchy is closed too");
    }

    @Test
    void theAssertedAndTheInferredGraphsTogetherConformToTheShapes() {
        DatasetGraph both = TestProject.copyOfSource();
        both.addGraph(TG.INFERRED_GRAPH, inferred);
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(both).validate(both);
        assertTrue(outcome.conforms(), outcome.summary());
    }

    @Test
    void theLoaderStoresTheEntailmentsInTheirOwnGraphBesideTheUntouchedAssertedGraphs() {
        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.Result result = DataLoader.ensureLoaded(store, TestProject.files(), false);
            assertEquals(inferred.size(), result.inferred());
            DatasetGraph stored = store.datasetGraph();
            Txn.executeRead(stored, () -> {
                assertTrue(stored.getGraph(TG.INFERRED_GRAPH).isIsomorphicWith(inferred));
                DatasetGraph source = TestProject.sourceDataset();
                source.find().forEachRemaining(quad -> {
                    if (!quad.asTriple().isConcrete() || quad.getSubject().isBlank() || quad.getObject().isBlank()) {
                        return;
                    }
                    assertTrue(stored.contains(quad), "asserted quad kept: " + quad);
                    assertFalse(stored.contains(TG.INFERRED_GRAPH, quad.getSubject(), quad.getPredicate(), quad.getObject()));
                });
                assertEquals(source.stream().count() + inferred.size() + stored.getGraph(TG.STATUS_GRAPH).size(),
                        stored.stream().count(), "the asserted quads, the entailments and the derived status");
            });
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
