package org.w3id.treatygraph.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;

class DatasetValidatorTest {

    @Test
    void theCuratedDatasetConforms() {
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(TestProject.sourceDataset())
                .validate(TestProject.sourceDataset());
        assertTrue(outcome.conforms(), outcome::summary);
        assertEquals("The data conforms to the shapes.", outcome.summary());
    }

    @Test
    void summaryNamesFocusNodePathValueAndMessage() {
        DatasetGraph broken = withLowerCaseIsoCode();
        ValidationOutcome outcome = DatasetValidator.fromShapesGraphOf(broken).validate(broken);
        assertFalse(outcome.conforms());
        assertEquals(1, outcome.entries().size(), outcome::summary);
        String summary = outcome.summary();
        assertTrue(summary.startsWith("The data does not conform to the shapes: 1 violation(s)."), summary);
        assertTrue(summary.contains("Violation on <https://w3id.org/treatygraph/id/state/VNM> (path tg:isoAlpha2) value \"vn\""), summary);
        assertTrue(summary.contains("two upper-case letters"), summary);
    }

    @Test
    void shapesParsedWhenFirstUsedJudgeAsShapesParsedAtOnce() {
        DatasetGraph broken = withLowerCaseIsoCode();
        assertEquals(DatasetValidator.fromShapesGraphOf(broken).validate(broken).summary(),
                DatasetValidator.fromShapesGraphOfWhenUsed(broken).validate(broken).summary());
    }

    @Test
    void aStoreWithoutShapesIsRefusedAtOnceNotAtTheFirstWrite() {
        DatasetGraph empty = DatasetGraphFactory.createTxnMem();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatasetValidator.fromShapesGraphOfWhenUsed(empty));
        assertTrue(refused.getMessage().contains("No SHACL shapes found"), refused.getMessage());
    }

    /** The curated data with Viet Nam's two-letter code in lower case: one violation. */
    private static DatasetGraph withLowerCaseIsoCode() {
        DatasetGraph broken = TestProject.copyOfSource();
        UpdateAction.parseExecute("""
                PREFIX tg: <https://w3id.org/treatygraph/ontology#>
                DELETE { GRAPH ?g { ?s tg:isoAlpha2 "VN" } } INSERT { GRAPH ?g { ?s tg:isoAlpha2 "vn" } }
                WHERE { GRAPH ?g { ?s tg:isoAlpha2 "VN" } }""", broken);
        return broken;
    }
}
