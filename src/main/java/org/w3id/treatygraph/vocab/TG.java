package org.w3id.treatygraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The TreatyGraph IRI scheme: one place that knows the canonical base and its sub-spaces. */
public final class TG {
    /** Canonical base of every TreatyGraph IRI. */
    public static final String BASE = "https://w3id.org/treatygraph/";
    /** Namespace of ontology terms (classes, properties, concepts of the ontology's own schemes). */
    public static final String NS = BASE + "ontology#";
    /** Base of resource IRIs: {@code id/treaty/…}, {@code id/state/…}, … */
    public static final String ID = BASE + "id/";
    /** Base of named-graph IRIs. */
    public static final String GRAPH = BASE + "graph/";
    /** Namespace of the SHACL shapes. */
    public static final String SHAPES_NS = BASE + "shapes#";

    /** The named graph holding the ontology file. */
    public static final Node ONTOLOGY_GRAPH = graph("ontology");
    /** The named graph holding the SHACL shapes. */
    public static final Node SHAPES_GRAPH = graph("shapes");
    /** The named graph holding the entailments the loader derives; no source asserts its triples. */
    public static final Node INFERRED_GRAPH = graph("inferred");
    /** The named graph holding the legal status the loader derives from the treaty actions (issue 16). */
    public static final Node STATUS_GRAPH = graph("status");

    private TG() {}

    public static Node graph(String slug) {
        return NodeFactory.createURI(GRAPH + slug);
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }
}
