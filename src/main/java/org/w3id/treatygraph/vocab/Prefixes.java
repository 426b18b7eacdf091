package org.w3id.treatygraph.vocab;

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
            .lock();

    private Prefixes() {}

    public static PrefixMapping standard() {
        return STANDARD;
    }
}
