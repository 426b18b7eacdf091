package org.w3id.treatygraph.status;

import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;
import org.w3id.treatygraph.validation.DatasetValidator;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.write.WriteGate;
import org.w3id.treatygraph.write.WriteRejectedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** graph/status at load, and recomputed in the transaction of a write that changes a treaty action. */
class StatusWriteTest {
    private static final Node VNM_STATUS = TG.id("status/un-cybercrime-convention/party/VNM");

    @Test
    void theStatusGraphIsLoadedAndRecomputedInTheWriteThatChangesAnAction() {
        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, TestProject.files(), false);
            DatasetGraph dataset = store.datasetGraph();
            Txn.executeRead(dataset, () -> {
                assertTrue(dataset.contains(TG.STATUS_GRAPH, StatusGraph.TREATY, TG.term("instrumentsCounted"),
                        NodeFactory.createLiteralDT("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                        "no deposit is evidenced in the curated files");
                assertFalse(dataset.contains(TG.STATUS_GRAPH, VNM_STATUS, Node.ANY, Node.ANY));
            });
            WriteGate gate = new WriteGate(dataset, Txn.calculateRead(dataset,
                    () -> DatasetValidator.fromShapesGraphOf(dataset)), store.version(), store::fileGraphs);

            gate.apply("SPARQL Update", "curator", target -> UpdateAction.parseExecute(TestProject.WRITE_PREFIXES + """
                    INSERT DATA { GRAPH tgg:curation {
                      tgg:curation a tg:DataGraph ; dcterms:title "Curators' corrections"@en ;
                          prov:wasDerivedFrom <source/treatygraph-write-api> .
                      <action/un-cybercrime-convention/ratification/VNM-test> a tg:Ratification ;
                          tg:party <state/VNM> ; tg:treaty <treaty/un-cybercrime-convention> ;
                          dcterms:date "2026-09-15"^^xsd:date ; tg:confidence tg:Verified ;
                          tg:depositaryNotification "C.N.500.2026.TREATIES-XVIII.16" ;
                          tg:evidence "test deposit" } }
                    """, target));
            Txn.executeRead(dataset, () -> {
                assertTrue(dataset.contains(TG.STATUS_GRAPH, VNM_STATUS, TG.term("depositDate"),
                        NodeFactory.createLiteralDT("2026-09-15", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
                assertTrue(dataset.contains(TG.STATUS_GRAPH, VNM_STATUS, TG.term("rule"),
                        NodeFactory.createLiteralString("art 65(1)")));
                assertTrue(dataset.contains(TG.STATUS_GRAPH, StatusGraph.TREATY, TG.term("instrumentsCounted"),
                        NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            });
            assertEquals(1, new StatusService(dataset).at(LocalDate.of(2026, 12, 1)).instruments());

            // A rejected write (a reservation without its provision) leaves the status as it was.
            assertThrows(WriteRejectedException.class, () -> gate.apply("SPARQL Update", "curator",
                    target -> UpdateAction.parseExecute(TestProject.WRITE_PREFIXES + """
                    INSERT DATA { GRAPH tgg:curation {
                      <action/un-cybercrime-convention/reservation/VNM-test> a tg:Reservation ;
                          tg:party <state/VNM> ; tg:treaty <treaty/un-cybercrime-convention> ;
                          dcterms:date "2026-09-15"^^xsd:date ; tg:confidence tg:Verified ; tg:evidence "test" } }
                    """, target)));

            gate.apply("SPARQL Update", "curator", target -> UpdateAction.parseExecute(TestProject.WRITE_PREFIXES
                    + "DELETE WHERE { GRAPH tgg:curation { <action/un-cybercrime-convention/ratification/VNM-test> ?p ?o } }",
                    target));
            Txn.executeRead(dataset, () -> assertFalse(dataset.contains(TG.STATUS_GRAPH, VNM_STATUS, Node.ANY, Node.ANY)));
        }
    }
}
