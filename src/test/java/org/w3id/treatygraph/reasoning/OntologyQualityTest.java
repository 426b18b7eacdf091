package org.w3id.treatygraph.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredDatatype;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.vocab.TG;

/**
 * The ontology is in the OWL 2 DL profile, and HermiT proves it — with all the data and the loader's
 * entailments — consistent, with every class satisfiable. Deliberate modelling errors make it inconsistent.
 */
class OntologyQualityTest {

    @Test
    void theOntologyIsInTheOwl2DlProfile() {
        OWLOntology ontology = OwlDatasets.toOwl(TestProject.sourceDataset().getGraph(TG.ONTOLOGY_GRAPH));
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertTrue(violations.isEmpty(), "OWL 2 DL profile violations: " + violations);
        assertTrue(ontology.getAxiomCount() > 500, "the whole ontology was read: " + ontology.getAxiomCount());
    }

    /**
     * The data adds one kind of violation only: literals of xsd:date (and xsd:gYearMonth and xsd:gYear, for sources
     * dated by month or year), which OWL 2's datatype map leaves out. The shapes check those values instead.
     */
    @Test
    void theDataLeavesOwl2DlOnlyThroughItsDateLiterals() {
        OWLOntology all = OwlDatasets.toOwl(OwlDatasets.ontologyAndData(TestProject.sourceDataset()));
        Set<String> offending = new TreeSet<>();
        for (OWLProfileViolation violation : new OWL2DLProfile().checkOntology(all).getViolations()) {
            if (violation instanceof UseOfUndeclaredDatatype undeclared) {
                offending.add(undeclared.getExpression().getIRI().getShortForm());
            } else if (violation instanceof UseOfDefinedDatatypeInLiteral literal) {
                offending.add(literal.getExpression().getDatatype().getIRI().getShortForm());
            } else {
                offending.add(violation.toString());
            }
        }
        assertEquals(Set.of("date", "gYearMonth", "gYear"), offending);
    }

    @Test
    void hermitFindsTheOntologyTheDataAndTheEntailmentsConsistentAndEveryClassSatisfiable() {
        DatasetGraph dataset = TestProject.copyOfSource();
        dataset.addGraph(TG.INFERRED_GRAPH, Entailments.of(dataset));
        OWLOntology all = OwlDatasets.toOwl(OwlDatasets.ontologyAndData(dataset));
        OWLReasoner hermit = OwlDatasets.hermit(all);
        assertTrue(hermit.isConsistent());
        assertEquals(Set.of(), hermit.getUnsatisfiableClasses().getEntitiesMinusBottom());
        assertTrue(all.getIndividualsInSignature().size() > 500, "the individuals of the data were read");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // A State typed as a person too (tg:State and foaf:Person are disjoint).
            "INSERT DATA { GRAPH tgg:states { tgid:state\\/VNM a foaf:Person } }",
            // A signature that is also a ratification (the kinds of treaty action are pairwise disjoint).
            "INSERT DATA { GRAPH tgg:untc-depositary { act:signature\\/VNM a tg:Ratification } }",
            // The treaty as the party of a signature: the range of tg:party makes it a tg:Party, which no
            // tg:Treaty can be. SHACL would report the missing class; the reasoner shows the contradiction.
            "INSERT DATA { GRAPH tgg:untc-depositary { act:signature\\/VNM tg:party tgid:treaty\\/un-cybercrime-convention } }"
    })
    void aModellingErrorMakesTheDatasetInconsistent(String update) {
        DatasetGraph broken = TestProject.copyOfSource();
        UpdateAction.parseExecute(PREFIXES + update, broken);
        Graph all = OwlDatasets.ontologyAndData(broken);
        assertFalse(OwlDatasets.hermit(OwlDatasets.toOwl(all)).isConsistent(), update);
    }

    private static final String PREFIXES = """
            PREFIX tg:   <https://w3id.org/treatygraph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX tgid: <https://w3id.org/treatygraph/id/>
            PREFIX tgg:  <https://w3id.org/treatygraph/graph/>
            PREFIX act:  <https://w3id.org/treatygraph/id/action/un-cybercrime-convention/>
            """;
}
