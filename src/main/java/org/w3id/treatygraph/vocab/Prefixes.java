package org.w3id.treatygraph.vocab;

import java.util.function.UnaryOperator;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes used in files, reports and printed results. */
public final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("tg", TG.NS)
            .setNsPrefix("tgsh", TG.SHAPES_NS)
            .setNsPrefix("tgid", TG.ID)
            .setNsPrefix("tgg", TG.GRAPH)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("eli", "http://data.europa.eu/eli/ontology#")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
            .lock();

    private Prefixes() {}

    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** The standard prefixes with TreatyGraph's namespaces moved to the base a server answers on. */
    public static PrefixMapping rewritten(UnaryOperator<String> toPublic) {
        PrefixMapping rewritten = PrefixMapping.Factory.create();
        STANDARD.getNsPrefixMap().forEach((prefix, namespace) -> rewritten.setNsPrefix(prefix, toPublic.apply(namespace)));
        return rewritten;
    }
}
