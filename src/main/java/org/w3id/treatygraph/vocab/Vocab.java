package org.w3id.treatygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Namespaces and terms of the vocabularies TreatyGraph reuses that Jena has no class for (ELI, ORG, PROV-O,
 * VoID, SPARQL Service Description, schema.org); RDF, RDFS, OWL, SKOS, DCTERMS and FOAF come from Jena's
 * vocabulary classes.
 */
public final class Vocab {
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SHACL = "http://www.w3.org/ns/shacl#";

    public static final Node ELI_TITLE = NodeFactory.createURI(ELI + "title");
    public static final Node ORG_MEMBER_OF = NodeFactory.createURI(ORG + "memberOf");
    public static final Node ORG_POST_IN = NodeFactory.createURI(ORG + "postIn");
    public static final Node ORG_HELD_BY = NodeFactory.createURI(ORG + "heldBy");
    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node PROV_ENDED_AT_TIME = NodeFactory.createURI(PROV + "endedAtTime");
    public static final Node SD_NAMED_GRAPH = NodeFactory.createURI(SD + "NamedGraph");

    private Vocab() {}
}
