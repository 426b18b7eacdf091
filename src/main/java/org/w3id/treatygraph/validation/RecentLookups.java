package org.w3id.treatygraph.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only view of a graph that does not change while it is used, keeping the answers to the most recent
 * lookups by subject or object. Validating a store focus node by focus node asks the same questions again and
 * again about the few nodes many focus nodes point to (a State's types, an obligation's, the class hierarchy),
 * each an index search in the store; kept here they are answered from memory. Memory is bounded: at most
 * {@value #ENTRIES} answers of at most {@value #LARGEST} statements; larger answers stream from the graph.
 */
final class RecentLookups extends GraphBase {
    static final int ENTRIES = 20_000;
    static final int LARGEST = 64;

    private final Graph graph;
    private final Map<Triple, List<Triple>> answers = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Triple, List<Triple>> eldest) {
            return size() > ENTRIES;
        }
    };

    RecentLookups(Graph graph) {
        this.graph = graph;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (!pattern.getSubject().isConcrete() && !pattern.getObject().isConcrete()) {
            return graph.find(pattern);
        }
        List<Triple> kept = answers.get(pattern);
        if (kept != null) {
            return WrappedIterator.create(kept.iterator());
        }
        ExtendedIterator<Triple> found = graph.find(pattern);
        List<Triple> first = new ArrayList<>();
        while (first.size() <= LARGEST && found.hasNext()) {
            first.add(found.next());
        }
        if (first.size() > LARGEST) {
            return WrappedIterator.create(first.iterator()).andThen(found);
        }
        answers.put(pattern, first);
        return WrappedIterator.create(first.iterator());
    }
}
