package org.w3id.treatygraph.reasoning;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** The premises of the entailments as a read-only graph over the live dataset (inside its transaction). */
final class PremiseGraph extends GraphBase {
    private final DatasetGraph dataset;

    PremiseGraph(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        var quads = dataset.find(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(), pattern.getMatchObject());
        return WrappedIterator.create(Iter.distinct(Iter.map(Iter.filter(quads, Entailments::isPremise), Quad::asTriple)));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return Iter.anyMatch(dataset.find(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject()),
                Entailments::isPremise);
    }
}
