package org.w3id.treatygraph.validation;

import java.util.Collection;
import java.util.Iterator;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Validates a whole dataset against the SHACL shapes. The data graph is the union of all named graphs
 * (the ontology included, so that targets reach subclasses) plus, for every graph name, the triple
 * {@code <g> a sd:NamedGraph}: the shapes use it to require that every named graph is described.
 */
public final class DatasetValidator {
    /** The parsed shapes, or null until {@link #shapes()} first needs them. */
    private volatile Shapes parsed;
    private final Supplier<Shapes> parse;

    private DatasetValidator(Supplier<Shapes> parse) {
        this.parse = parse;
    }

    /** Parses the shapes from a copy of {@code shapesGraph}, so that they outlive a store's transaction. */
    public static DatasetValidator withShapes(Graph shapesGraph) {
        Shapes shapes = parse(shapesGraph);
        return new DatasetValidator(() -> shapes);
    }

    /** Validates with the shapes found in the dataset's own shapes graph. */
    public static DatasetValidator fromShapesGraphOf(DatasetGraph dataset) {
        return withShapes(shapesGraph(dataset));
    }

    /**
     * Validates with the shapes of the store's shapes graph, parsed when the first validation needs them (in a read
     * transaction unless the caller is in one) rather than now: parsing the shapes is the largest part of a server's
     * start, and a server may answer many reads before its first write. Fails now when the store holds no shapes.
     */
    public static DatasetValidator fromShapesGraphOfWhenUsed(DatasetGraph store) {
        Txn.executeRead(store, () -> shapesGraph(store));
        return new DatasetValidator(() -> Txn.calculateRead(store, () -> parse(shapesGraph(store))));
    }

    private static Graph shapesGraph(DatasetGraph dataset) {
        Graph shapesGraph = dataset.getGraph(TG.SHAPES_GRAPH);
        if (shapesGraph.isEmpty()) {
            throw new IllegalArgumentException("No SHACL shapes found (graph " + TG.SHAPES_GRAPH.getURI()
                    + " is empty): the shapes/ folder must hold the shapes.");
        }
        return shapesGraph;
    }

    private static Shapes parse(Graph shapesGraph) {
        Graph copy = GraphFactory.createGraphMem();
        GraphUtil.addInto(copy, shapesGraph);
        copy.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        return Shapes.parse(copy);
    }

    private Shapes shapes() {
        Shapes shapes = parsed;
        if (shapes == null) {
            synchronized (this) {
                shapes = parsed;
                if (shapes == null) {
                    shapes = parse.get();
                    parsed = shapes;
                }
            }
        }
        return shapes;
    }

    /** Validates the whole dataset (copied into memory first: faster than validating through indexes). */
    public ValidationOutcome validate(DatasetGraph dataset) {
        Graph data = GraphFactory.createGraphMem();
        Iterator<Quad> quads = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        quads.forEachRemaining(quad -> {
            if (!quad.isDefaultGraph()) {
                data.add(quad.asTriple());
            }
        });
        GraphUtil.addInto(data, graphNames(dataset));
        return new ValidationOutcome(ShaclValidator.get().validate(shapes(), data));
    }

    /**
     * Validates all of {@code data} where it lies (a live view of a store, inside its transaction), shape by
     * shape and focus node by focus node, so that memory grows with the violations found, not with the store.
     * {@code graphNames} are the graphs {@code data} is the union of (see the class comment). Recent lookups are
     * kept ({@link RecentLookups}): {@code data} must not change meanwhile.
     */
    public ValidationOutcome validateInPlace(Graph data, Collection<Node> graphNames) {
        Graph view = new RecentLookups(new Union(data, graphNames(graphNames)));
        Shapes shapes = shapes();
        ValidationContext context = ValidationContext.create(shapes, view);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node node : VLib.focusNodes(view, shape)) {
                ValidationProc.execValidateShape(context, view, shape, node);
            }
        }
        return new ValidationOutcome(context.generateReport());
    }

    /** As {@link #validate(DatasetGraph, Collection)}, over {@code data}, the union of {@code graphNames}. */
    public ValidationOutcome validate(Graph data, Collection<Node> graphNames, Collection<Node> focusNodes) {
        return validateNodes(new Union(data, graphNames(graphNames)), focusNodes);
    }

    /**
     * Validates only {@code focusNodes}, against the shapes that target them, over a live view of the
     * dataset (inside the caller's transaction): what a small write needs instead of the whole store.
     */
    public ValidationOutcome validate(DatasetGraph dataset, Collection<Node> focusNodes) {
        return validateNodes(new Union(dataset.getUnionGraph(), graphNames(dataset)), focusNodes);
    }

    private ValidationOutcome validateNodes(Graph data, Collection<Node> focusNodes) {
        ValidationReport.Builder report = ValidationReport.create();
        Shapes shapes = shapes();
        for (Node node : focusNodes) {
            ShaclValidator.get().validate(shapes, data, node).getEntries().forEach(report::addReportEntry);
        }
        return new ValidationOutcome(report.build());
    }

    /** One triple {@code <g> a sd:NamedGraph} per graph name: lets the shapes require a description. */
    private static Graph graphNames(DatasetGraph dataset) {
        return graphNames(Iter.toList(dataset.listGraphNodes()));
    }

    private static Graph graphNames(Collection<Node> graphs) {
        Graph names = GraphFactory.createGraphMem();
        graphs.forEach(name -> names.add(name, RDF.type.asNode(), Vocab.SD_NAMED_GRAPH));
        return names;
    }
}
