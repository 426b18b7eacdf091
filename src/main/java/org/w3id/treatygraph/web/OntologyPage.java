package org.w3id.treatygraph.web;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;
import org.w3id.treatygraph.vocab.TG;

/** Human documentation of the ontology: every class and property with label, comment, domain and range. */
public final class OntologyPage {
    /** One term of the ontology. */
    public record Term(String id, String name, String label, String comment, List<Link> superTerms,
                       List<Link> domain, List<Link> range, String kind) {
        public boolean hasSuperTerms() {
            return !superTerms.isEmpty();
        }

        public boolean hasDomain() {
            return !domain.isEmpty();
        }

        public boolean hasRange() {
            return !range.isEmpty();
        }
    }

    public final String title = "TreatyGraph ontology";
    public final String description;
    public final String version;
    public final List<Term> classes;
    public final List<Term> properties;

    private OntologyPage(String description, String version, List<Term> classes, List<Term> properties) {
        this.description = description;
        this.version = version;
        this.classes = classes;
        this.properties = properties;
    }

    public static OntologyPage build(DatasetGraph dataset, IriRewriter rewriter) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> GraphUtil.addInto(copy, dataset.getGraph(TG.ONTOLOGY_GRAPH)));
        Model ontology = ModelFactory.createModelForGraph(copy);
        Resource header = ontology.getResource(TG.BASE + "ontology");
        String description = header.hasProperty(DCTerms.description) ? header.getProperty(DCTerms.description).getString() : "";
        String version = header.hasProperty(OWL2.versionInfo) ? header.getProperty(OWL2.versionInfo).getString() : "";
        List<Term> classes = terms(ontology, List.of(OWL2.Class), RDFS.subClassOf, rewriter);
        List<Term> properties = terms(ontology, List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty), RDFS.subPropertyOf, rewriter);
        return new OntologyPage(description, version, classes, properties);
    }

    private static List<Term> terms(Model ontology, List<Resource> types, Property superProperty, IriRewriter rewriter) {
        return types.stream()
                .flatMap(type -> ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                        .map(term -> term(term, type, superProperty, rewriter)))
                .filter(t -> t != null)
                .sorted(Comparator.comparing(Term::name))
                .toList();
    }

    private static Term term(Resource term, Resource type, Property superProperty, IriRewriter rewriter) {
        if (!term.isURIResource() || !term.getURI().startsWith(TG.NS)) {
            return null;
        }
        String name = term.getURI().substring(TG.NS.length());
        return new Term(name, "tg:" + name, string(term, RDFS.label), string(term, RDFS.comment),
                links(term, superProperty, rewriter), links(term, RDFS.domain, rewriter), links(term, RDFS.range, rewriter),
                type.equals(OWL2.Class) ? "class" : type.equals(OWL2.ObjectProperty) ? "object property" : "datatype property");
    }

    private static String string(Resource term, Property property) {
        return term.hasProperty(property) ? term.getProperty(property).getString() : "";
    }

    private static List<Link> links(Resource term, Property property, IriRewriter rewriter) {
        return term.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(o -> {
                    String iri = o.asResource().getURI();
                    String qname = Prefixes.standard().qnameFor(iri);
                    String href = iri.startsWith(TG.NS) ? "#" + iri.substring(TG.NS.length()) : rewriter.toPublic(iri);
                    return Link.of(qname != null ? qname : iri, href);
                })
                .toList();
    }
}
