package org.w3id.treatygraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprNone;
import org.apache.jena.sparql.expr.ExprTripleTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorFunction;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The answers of one {@code EXISTS} (or {@code NOT EXISTS}) pattern within one query execution, by the values the
 * row gives the pattern's variables: SPARQL evaluates the pattern once per row, but its answer depends only on
 * those values (and the active graph), so rows repeating them (every statement of a graph asking whether the graph
 * is inferred) are answered from here. Bounded; patterns whose answer may differ for the same values (random
 * numbers, new blank nodes or UUIDs, extension functions, services, nested EXISTS) are always evaluated.
 */
final class ExistsMemo {
    /** At most this many answers are kept per pattern and execution; past it, rows are evaluated. */
    static final int MAX_ENTRIES = 10_000;

    private final List<Var> vars;
    private final boolean memoizable;
    private final Map<List<Object>, NodeValue> answers = new ConcurrentHashMap<>();

    ExistsMemo(Op pattern) {
        this.memoizable = deterministic(pattern);
        this.vars = memoizable ? new ArrayList<>(OpVars.mentionedVars(pattern)) : List.of();
    }

    /** The answer for {@code binding}: kept, or {@code evaluate}d (and kept while there is room). */
    NodeValue answer(Binding binding, FunctionEnv env, Supplier<NodeValue> evaluate) {
        if (!memoizable) {
            return evaluate.get();
        }
        Object[] key = new Object[vars.size() + 1];
        // Inside GRAPH, the pattern is matched in the graph being visited.
        key[0] = System.identityHashCode(ExecutionContext.fromFunctionEnv(env).getActiveGraph());
        for (int i = 0; i < vars.size(); i++) {
            Node value = binding.get(vars.get(i));
            key[i + 1] = value == null ? Boolean.FALSE : value;
        }
        List<Object> values = Arrays.asList(key);
        NodeValue known = answers.get(values);
        if (known != null) {
            return known;
        }
        NodeValue answer = evaluate.get();
        if (answers.size() < MAX_ENTRIES) {
            answers.put(values, answer);
        }
        return answer;
    }

    private static boolean deterministic(Op pattern) {
        boolean[] safe = {true};
        Walker.walk(pattern, new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                safe[0] = false;
            }

            @Override
            public void visit(OpProcedure op) {
                safe[0] = false;
            }

            @Override
            public void visit(OpPropFunc op) {
                safe[0] = false;
            }
        }, new ExprVisitorFunction() {
            @Override
            protected void visitExprFunction(ExprFunction function) {
                if (function instanceof Unstable || function instanceof E_Function) {
                    safe[0] = false;
                }
            }

            @Override
            public void visit(ExprFunctionOp nested) {
                safe[0] = false;
            }

            @Override
            public void visit(NodeValue value) {}

            @Override
            public void visit(ExprTripleTerm term) {}

            @Override
            public void visit(ExprVar variable) {}

            @Override
            public void visit(ExprAggregator aggregate) {}

            @Override
            public void visit(ExprNone none) {}
        });
        return safe[0];
    }
}
