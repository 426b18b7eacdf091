package org.w3id.treatygraph.reasoning;

import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** The union of some named graphs of a live dataset as a read-only graph (inside the dataset's transaction). */
final class PremiseGraph extends GraphBase {
    private final DatasetGraph dataset;
    private final Predicate<Quad> included;

    PremiseGraph(DatasetGraph dataset, Predicate<Quad> included) {
        this.dataset = dataset;
        this.included = included;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        var quads = dataset.find(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(), pattern.getMatchObject());
        return WrappedIterator.create(Iter.distinct(Iter.map(Iter.filter(quads, included::test), Quad::asTriple)));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return Iter.anyMatch(dataset.find(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject()),
                included::test);
    }
}
