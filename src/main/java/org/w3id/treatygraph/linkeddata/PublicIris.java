package org.w3id.treatygraph.linkeddata;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * SPARQL on the server's one identity: when the server answers under a public base other than the canonical
 * one (a local run), a query's IRIs under that base are read as the canonical IRIs the store holds, and the
 * IRIs of the answer are given back under the public base. An IRI copied from a page, a document, VoID or the
 * service description thus matches in SPARQL, and a result's IRIs dereference on the same server; canonical
 * IRIs in a query match as well. Behind {@code --base-uri https://w3id.org/treatygraph/} nothing changes.
 * (A string built from an IRI, as in {@code STRSTARTS(STR(?s), "…")}, is not rewritten.)
 */
public final class PublicIris {
    private PublicIris() {}

    public static Query toCanonical(Query query, IriRewriter rewriter) {
        if (rewriter.isIdentity()) {
            return query;
        }
        // The node transform leaves inline data alone: VALUES blocks (as the editor's label lookup sends) are
        // rewritten by an element transform, and the query's trailing VALUES by hand.
        Query rewritten = QueryTransformOps.transform(QueryTransformOps.transform(query, rewriter::toCanonical),
                new ElementTransformCopyBase() {
                    @Override
                    public Element transform(ElementData data) {
                        return new ElementData(data.getVars(), canonical(data.getRows(), rewriter));
                    }
                });
        if (rewritten.hasValues()) {
            rewritten.setValuesDataBlock(rewritten.getValuesVariables(), canonical(rewritten.getValuesData(), rewriter));
        }
        return rewritten;
    }

    private static List<Binding> canonical(List<Binding> rows, IriRewriter rewriter) {
        return rows.stream().map(row -> map(row, rewriter::toCanonical)).toList();
    }

    public static QueryExecResult toPublic(QueryExecResult result, IriRewriter rewriter) {
        if (rewriter.isIdentity()) {
            return result;
        }
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(),
                    Iter.map(rows, binding -> map(binding, rewriter::toPublic))));
        }
        if (result.isGraph()) {
            Graph shown = GraphFactory.createDefaultGraph();
            result.graph().find().forEachRemaining(t -> shown.add(rewriter.toPublic(t)));
            shown.getPrefixMapping().setNsPrefixes(result.graph().getPrefixMapping());
            return new QueryExecResult(shown);
        }
        if (result.isDataset()) {
            DatasetGraph shown = DatasetGraphFactory.create();
            result.dataset().find().forEachRemaining(q -> shown.add(rewriter.toPublic(q)));
            return new QueryExecResult(shown);
        }
        return result;
    }

    private static Binding map(Binding binding, UnaryOperator<Node> rewrite) {
        BindingBuilder builder = Binding.builder();
        binding.forEach((variable, node) -> builder.add(variable, rewrite.apply(node)));
        return builder.build();
    }
}
