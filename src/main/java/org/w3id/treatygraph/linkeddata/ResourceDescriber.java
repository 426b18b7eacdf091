package org.w3id.treatygraph.linkeddata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Builds the description of one resource, keeping the named graph of every statement so that its source
 * can be shown: the resource's own statements, the statements that point at it (an article lists the
 * obligations and offences that refer to it; a State its treaty actions), and the labels and types of every
 * resource they mention. Statements of the shapes graph are left out: they describe validation, not data.
 */
public final class ResourceDescriber {
    /** Properties that name a resource, in order of preference for display. */
    public static final List<Node> LABELS = List.of(
            SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            Vocab.ELI_TITLE,
            FOAF.name.asNode(),
            DCTerms.title.asNode());

    /** At most this many incoming statements per description, so that a hub stays a readable page. */
    static final int MAX_INCOMING = 2000;

    private final DatasetGraph dataset;

    public ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description, or an empty dataset when the store says nothing about {@code resource}. */
    public DatasetGraph describe(Node resource) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph description = DatasetGraphFactory.create();
            Set<Node> mentioned = new LinkedHashSet<>();
            Iter.forEach(dataset.find(Node.ANY, resource, Node.ANY, Node.ANY), quad -> {
                if (isData(quad)) {
                    description.add(quad);
                    mentioned.add(quad.getPredicate());
                    mentioned.add(quad.getObject());
                }
            });
            if (description.isEmpty()) {
                return description;
            }
            Iter.forEach(Iter.limit(Iter.filter(dataset.find(Node.ANY, Node.ANY, Node.ANY, resource), this::isData),
                    MAX_INCOMING), quad -> {
                description.add(quad);
                mentioned.add(quad.getSubject());
                mentioned.add(quad.getPredicate());
            });
            mentioned.remove(resource);
            for (Node node : mentioned) {
                if (node.isURI()) {
                    addLabelsAndTypes(description, node);
                }
            }
            return description;
        });
    }

    private void addLabelsAndTypes(DatasetGraph description, Node node) {
        for (Node label : LABELS) {
            Iter.forEach(dataset.find(Node.ANY, node, label, Node.ANY), quad -> {
                if (isData(quad)) {
                    description.add(quad);
                }
            });
        }
        Iter.forEach(dataset.find(Node.ANY, node, RDF.type.asNode(), Node.ANY), quad -> {
            if (isData(quad)) {
                description.add(quad);
            }
        });
    }

    private boolean isData(Quad quad) {
        return !quad.getGraph().equals(TG.SHAPES_GRAPH) && !quad.isDefaultGraph();
    }
}
