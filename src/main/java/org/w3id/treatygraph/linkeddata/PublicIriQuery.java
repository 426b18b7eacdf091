package org.w3id.treatygraph.linkeddata;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * Fuseki's SPARQL query operation on the server's one identity: when the server answers under a public base
 * other than the canonical one (a local run), the query's IRIs under that base are read as the canonical IRIs
 * the store holds, and the IRIs in the answer are given back under the public base. An IRI copied from a page,
 * a document, VoID or the service description thus matches in SPARQL, and a result's IRIs dereference on the
 * same server. Behind {@code --base-uri https://w3id.org/treatygraph/} nothing is rewritten.
 */
public final class PublicIriQuery extends SPARQL_QueryDataset {
    private final PublicBase base;

    public PublicIriQuery(PublicBase base) {
        this.base = base;
    }

    private IriRewriter rewriter(HttpAction action) {
        return new IriRewriter(base.of(action.getRequest()));
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        IriRewriter rewriter = rewriter(action);
        if (rewriter.isIdentity()) {
            return decided;
        }
        Query chosen = decided.getRight() != null ? decided.getRight() : query;
        return Pair.create(decided.getLeft(), QueryTransformOps.transform(chosen, rewriter::toCanonical));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
                                           String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        IriRewriter rewriter = rewriter(action);
        if (rewriter.isIdentity()) {
            return result;
        }
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(),
                    Iter.map(rows, binding -> toPublic(binding, rewriter))));
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

    private static Binding toPublic(Binding binding, IriRewriter rewriter) {
        BindingBuilder builder = Binding.builder();
        binding.forEach((variable, node) -> builder.add(variable, rewriter.toPublic(node)));
        return builder.build();
    }
}
