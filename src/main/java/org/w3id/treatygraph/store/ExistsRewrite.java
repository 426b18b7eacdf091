package org.w3id.treatygraph.store;

import java.util.concurrent.atomic.AtomicBoolean;
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

/**
 * ARQ's standard optimizer, then every {@code EXISTS} and {@code NOT EXISTS} made a {@link MemoizedExists} (NOT
 * EXISTS as its negation, which SPARQL defines it to be). Installed as ARQ's default optimizer, so that it applies to
 * every query in the process, through whichever endpoint or API (Fuseki's per-request context does not carry a
 * dataset's optimizer setting), and to the SPARQL-based shapes; the answers are the same, only computed once per
 * distinct binding.
 */
final class ExistsRewrite {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ExistsRewrite() {}

    /** Makes ARQ's default optimizer this one (once per process). */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            RewriteFactory standard = Optimize.getFactory();
            Optimize.setFactory(context -> op -> rewrite(standard.create(context).rewrite(op)));
        }
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
