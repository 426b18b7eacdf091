package org.w3id.treatygraph.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} (and {@code REPLACE}, {@link Replace}) that stops when its query is cancelled. Java's regular expressions can backtrack for
 * hours on one short string, and ARQ checks for cancellation only between rows; this REGEX matches over a
 * {@link CharSequence} that looks at the query's cancel signal (set by the query timeout) every few thousand
 * characters read, and throws {@link QueryCancelledException} once it is set.
 * <p>
 * {@link #install(Context)} puts it in place for every query on a dataset: the dataset's optimizer runs ARQ's
 * standard optimizer after replacing each {@link E_Regex} with this one.
 */
public final class CancellableRegex extends E_Regex {
    private final Pattern constant;
    private final AtomicBoolean cancelled;

    private CancellableRegex(Expr expr, Expr pattern, Expr flags, AtomicBoolean cancelled) {
        super(expr, pattern, flags);
        this.cancelled = cancelled;
        boolean constantPattern = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant());
        this.constant = constantPattern ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    /** Every query on a dataset with {@code context} (its own context) evaluates REGEX with this class. */
    public static void install(Context context) {
        RewriteFactory standard = Optimize.getFactory();
        // First the REGEX, bound to the query's cancel signal, then the standard optimizer.
        RewriteFactory withRegex = cxt -> op -> standard.create(cxt).rewrite(replaceRegex(op, Context.getCancelSignal(cxt)));
        context.set(ARQConstants.sysOptimizerFactory, withRegex);
    }

    static Op replaceRegex(Op op, AtomicBoolean cancelled) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex && !(function instanceof CancellableRegex)) {
                    return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, cancelled);
                }
                if (function instanceof E_StrReplace && !(function instanceof Replace)) {
                    return new Replace(args, cancelled);
                }
                return super.transform(function, args);
            }
        }, op);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return match(args, cancelled != null ? cancelled : cancelSignal(env));
    }

    /**
     * Evaluation without an execution context: ARQ's optimizer folding a REGEX over constants while it plans the
     * query. Planning holds the lock the timeout needs to signal cancellation, so a REGEX there could not be
     * stopped: it is left unfolded (the optimizer keeps the expression when evaluation fails), to run with the
     * query.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs");
    }

    private NodeValue match(List<NodeValue> args, AtomicBoolean signal) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        CharSequence input = signal == null ? text.getLiteralLexicalForm()
                : new Cancellable(text.getLiteralLexicalForm(), signal);
        return NodeValue.makeBoolean(pattern.matcher(input).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, cancelled);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext execution && execution.getCancelSignal() != null) {
            return execution.getCancelSignal();
        }
        return env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: Pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: Pattern flags are not a string: " + flags);
        }
        String flagText = flags == null ? null : flags.getString();
        if (flagText != null && !flagText.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got \"" + flagText + "\"");
        }
        return RegexEngine.makePattern("Regex", pattern.getString(), flagText);
    }

    /** SPARQL {@code REPLACE}, whose matching stops like {@link CancellableRegex}'s. */
    static final class Replace extends E_StrReplace {
        private final AtomicBoolean cancelled;

        Replace(ExprList args, AtomicBoolean cancelled) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.cancelled = cancelled;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("REPLACE is evaluated when the query runs");
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue string = args.get(0);
            String text = NodeValueOps.checkAndGetStringLiteral("replace", string).getLiteralLexicalForm();
            String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
            String flags = args.size() > 3 && args.get(3) != null
                    ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
            String pattern = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
            AtomicBoolean signal = cancelled != null ? cancelled : cancelSignal(env);
            Matcher matcher = RegexEngine.makePattern("replace", pattern, flags)
                    .matcher(signal == null ? text : new Cancellable(text, signal));
            // As ARQ's REPLACE: one empty match at most, then only non-empty ones.
            StringBuilder result = null;
            try {
                while (matcher.find()) {
                    if (result == null) {
                        result = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(result, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (result == null) {
                return string;
            }
            matcher.appendTail(result);
            Node node = string.asNode();
            return result.toString().equals(text) ? string : NodeValue.makeNode(
                    NodeFactory.createLiteral(result.toString(), node.getLiteralLanguage(), node.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, cancelled);
        }
    }

    /** The text to match, which ends the match by throwing once the query is cancelled. */
    static final class Cancellable implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        Cancellable(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancelled.get()) {
                    throw new QueryCancelledException();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Cancellable(text.substring(start, end), cancelled);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
