package org.w3id.treatygraph.reasoning;

import java.io.StringWriter;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.treatygraph.vocab.TG;

/** Hands Jena graphs to the OWL API (as Turtle) and to HermiT, for the tests of the ontology's quality. */
final class OwlDatasets {
    private OwlDatasets() {}

    /** The ontology and every data graph of {@code dataset} in one graph; the shapes are not OWL and stay out. */
    static Graph ontologyAndData(DatasetGraph dataset) {
        Set<Node> left = Set.of(TG.SHAPES_GRAPH);
        Graph union = GraphFactory.createGraphMem();
        dataset.find().forEachRemaining(quad -> {
            if (!left.contains(quad.getGraph())) {
                union.add(quad.asTriple());
            }
        });
        return union;
    }

    static OWLOntology toOwl(Graph graph) {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, graph, Lang.TURTLE);
        try {
            return OWLManager.createOWLOntologyManager()
                    .loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("The OWL API cannot read the graph", e);
        }
    }

    /**
     * HermiT over an ontology. The data uses xsd:date, xsd:gYearMonth and xsd:gYear, which OWL 2's datatype map lacks:
     * HermiT is told to treat their values as opaque instead of refusing the ontology.
     */
    static OWLReasoner hermit(OWLOntology ontology) {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        return new ReasonerFactory().createReasoner(ontology, configuration);
    }
}
