package org.w3id.treatygraph.store;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.Element;

/** {@code EXISTS} answered once per distinct value of its variables in an execution ({@link ExistsMemo}). */
final class MemoizedExists extends E_Exists {
    private final ExistsMemo memo;

    MemoizedExists(Element element, Op op) {
        super(element, op);
        this.memo = new ExistsMemo(op);
    }

    @Override
    protected NodeValue eval(Binding binding, QueryIterator rows, FunctionEnv env) {
        return memo.answer(binding, env, () -> super.eval(binding, rows, env));
    }

    // Later rewrites (TDB2's quad form) copy the expression: the copy keeps answering from a memo of its own.
    @Override
    protected Expr copy(Element element, Op op) {
        return new MemoizedExists(element, op);
    }

    @Override
    public ExprFunctionOp copy(ExprList args, Op op) {
        return new MemoizedExists(null, op);
    }
}
