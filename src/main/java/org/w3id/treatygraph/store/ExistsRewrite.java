package org.w3id.treatygraph.store;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's standard optimizer, then every {@code EXISTS} and {@code NOT EXISTS} made a {@link MemoizedExists} (NOT
 * EXISTS as its negation, which SPARQL defines it to be). Installed in a dataset's context, it applies to every
 * query over the dataset, through whichever endpoint or API.
 */
final class ExistsRewrite {
    private ExistsRewrite() {}

    /** Makes queries over the dataset with {@code context} use this optimizer. */
    static void install(Context context) {
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory,
                (RewriteFactory) queryContext -> op -> rewrite(standard.create(queryContext).rewrite(op)));
    }

    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionOp function, ExprList args, Op pattern) {
                if (function instanceof MemoizedExists) {
                    return function;
                }
                if (function instanceof E_NotExists) {
                    return new E_LogicalNot(new MemoizedExists(null, pattern));
                }
                if (function instanceof E_Exists) {
                    return new MemoizedExists(null, pattern);
                }
                return super.transform(function, args, pattern);
            }
        }, op);
    }
}
