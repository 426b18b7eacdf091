package org.w3id.treatygraph.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.treatygraph.vocab.TG;

/**
 * Finds the State or organization a depositary record means by a participant's name: its depositary name,
 * label, preferred, alternative or official name in the curated data, compared without regard to case.
 */
final class PartyDirectory {
    private static final List<Node> PARTY_CLASSES =
            List.of(TG.term("State"), TG.term("RegionalEconomicIntegrationOrganization"));
    private static final List<Node> NAME_PROPERTIES = List.of(TG.term("depositaryName"), RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), TG.term("officialName"));

    private final Map<String, Set<Node>> partiesByName = new HashMap<>();

    private PartyDirectory() {}

    static PartyDirectory of(DatasetGraph dataset) {
        PartyDirectory directory = new PartyDirectory();
        for (Node type : PARTY_CLASSES) {
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(typing -> {
                Node party = typing.getSubject();
                for (Node property : NAME_PROPERTIES) {
                    dataset.find(Node.ANY, party, property, Node.ANY).forEachRemaining(name -> directory.partiesByName
                            .computeIfAbsent(key(name.getObject().getLiteralLexicalForm()), k -> new TreeSet<>(
                                    (a, b) -> a.getURI().compareTo(b.getURI())))
                            .add(party));
                }
            });
        }
        return directory;
    }

    /** The party of that name; empty when none is known; fails when the name is ambiguous. */
    Optional<Node> find(String name) {
        Set<Node> parties = partiesByName.getOrDefault(key(name), Set.of());
        if (parties.size() > 1) {
            throw new IllegalStateException("the name '" + name + "' is ambiguous in the curated data: " + parties);
        }
        return parties.stream().findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
