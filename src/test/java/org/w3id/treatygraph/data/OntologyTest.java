package org.w3id.treatygraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

class OntologyTest {
    private static final Path ONTOLOGY = TestProject.home().resolve("ontology/treatygraph.ttl");

    private final Model model = RDFDataMgr.loadModel(ONTOLOGY.toString());

    @Test
    void parsesWithRdf4jToTheSameNumberOfTriples() throws Exception {
        try (InputStream in = Files.newInputStream(ONTOLOGY)) {
            var rdf4j = Rio.parse(in, TG.BASE, RDFFormat.TURTLE);
            assertEquals(model.size(), rdf4j.size());
        }
    }

    @Test
    void headerHasVersionTitleDescriptionLicenseAndCreator() {
        Resource ontology = model.getResource("https://w3id.org/treatygraph/ontology");
        assertTrue(ontology.hasProperty(RDF.type, OWL2.Ontology));
        for (var property : List.of(OWL2.versionIRI, DCTerms.title, DCTerms.description, DCTerms.license, DCTerms.creator)) {
            assertTrue(ontology.hasProperty(property), "ontology header lacks " + property);
        }
    }

    @Test
    void everyOwnClassAndPropertyHasLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty)) {
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (term.isURIResource() && term.getURI().startsWith(TG.NS)
                        && !(term.hasProperty(RDFS.label) && term.hasProperty(RDFS.comment))) {
                    missing.add(term.getURI());
                }
            });
        }
        assertTrue(missing.isEmpty(), "terms without rdfs:label or rdfs:comment: " + missing);
    }

    @Test
    void modelsTheRequiredClassesWithTheirAlignments() {
        for (String name : List.of("Treaty", "Chapter", "Article", "Obligation", "CrimeCategory", "Party", "State",
                "RegionalEconomicIntegrationOrganization", "TreatyAction", "Signature", "Ratification", "Acceptance",
                "Approval", "Accession", "Event", "Statement", "Claim", "Source")) {
            Resource term = model.getResource(TG.NS + name);
            assertTrue(term.hasProperty(RDF.type, OWL2.Class), name + " is not an owl:Class");
            assertTrue(term.hasProperty(RDFS.subClassOf), name + " has no superclass or alignment");
        }
        assertTrue(model.getResource(TG.NS + "Article")
                .hasProperty(RDFS.subClassOf, model.getResource("http://data.europa.eu/eli/ontology#LegalResourceSubdivision")));
        assertTrue(model.getResource(TG.NS + "CrimeCategory")
                .hasProperty(RDFS.subClassOf, model.getResource("http://www.w3.org/2004/02/skos/core#Concept")));
    }

    @Test
    void treatyActionKindsArePairwiseDisjoint() {
        assertFalse(model.listSubjectsWithProperty(RDF.type, OWL2.AllDisjointClasses).toList().isEmpty());
    }
}
