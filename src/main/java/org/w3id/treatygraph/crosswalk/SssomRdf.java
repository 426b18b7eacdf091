package org.w3id.treatygraph.crosswalk;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.vocab.TG;

/**
 * The crosswalk in SSSOM's RDF form: a {@code sssom:MappingSet} whose {@code sssom:mappings} are
 * {@code owl:Axiom}s (also {@code sssom:Mapping}s) with the subject, predicate and object as
 * {@code owl:annotatedSource}, {@code owl:annotatedProperty} and {@code owl:annotatedTarget}, and the other slots as
 * {@code sssom:} properties (the comment as {@code rdfs:comment}). IRIs are the server's public ones.
 */
public final class SssomRdf {
    private SssomRdf() {}

    public static Model model(List<ProvisionMapping> mappings, SssomSet set) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(set.curieMap());
        model.setNsPrefix("owl", OWL2.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource mappingSet = model.createResource(set.id())
                .addProperty(RDF.type, model.createResource(Sssom.SSSOM + "MappingSet"))
                .addProperty(DCTerms.title, SssomSet.TITLE)
                .addProperty(DCTerms.description, SssomSet.DESCRIPTION)
                .addProperty(DCTerms.license, model.createResource(SssomSet.LICENSE))
                .addProperty(slot(model, "mapping_date"), set.date().toString(), XSDDatatype.XSDdate);
        String hanoi = set.rewriter().toPublic(TG.ID + "treaty/un-cybercrime-convention");
        for (ProvisionMapping m : mappings) {
            Resource r = model.createResource()
                    .addProperty(RDF.type, OWL2.Axiom)
                    .addProperty(RDF.type, model.createResource(Sssom.SSSOM + "Mapping"))
                    .addProperty(OWL2.annotatedSource, model.createResource(set.rewriter().toPublic(m.subject())))
                    .addProperty(OWL2.annotatedProperty, model.createResource(Sssom.predicate(m)))
                    .addProperty(OWL2.annotatedTarget, model.createResource(set.rewriter().toPublic(Sssom.object(m))))
                    .addProperty(slot(model, "subject_label"), m.subjectLabel())
                    .addProperty(slot(model, "mapping_justification"), model.createResource(Sssom.MANUAL_CURATION))
                    .addLiteral(slot(model, "confidence"), Sssom.score(m.confidence()))
                    .addProperty(slot(model, "author_id"), model.createResource(set.rewriter().toPublic(m.author())))
                    .addProperty(slot(model, "subject_source"), model.createResource(hanoi))
                    .addProperty(slot(model, "object_source"), model.createResource(set.rewriter().toPublic(m.treaty())))
                    .addProperty(RDFS.comment, Sssom.comment(m));
            if (m.hasCounterpart()) {
                r.addProperty(slot(model, "object_label"), m.objectLabel());
            }
            mappingSet.addProperty(slot(model, "mappings"), r);
        }
        return model;
    }

    private static Property slot(Model model, String name) {
        return model.createProperty(Sssom.SSSOM, name);
    }
}
