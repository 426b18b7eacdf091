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
            .setNsPrefix("skos", Vocab.SKOS)
            .setNsPrefix("dcterms", Vocab.DCTERMS)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("org", Vocab.ORG)
            .setNsPrefix("foaf", Vocab.FOAF)
            .setNsPrefix("schema", Vocab.SCHEMA)
            .setNsPrefix("eli", Vocab.ELI)
            .setNsPrefix("sh", Vocab.SHACL)
            .setNsPrefix("void", Vocab.VOID)
            .setNsPrefix("sd", Vocab.SD)
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
