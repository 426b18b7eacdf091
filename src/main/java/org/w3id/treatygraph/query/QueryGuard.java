package org.w3id.treatygraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;

/**
 * What a query may ask before it runs, checked on the parsed query so that work the engine cannot cancel is
 * refused with 400 instead of started: a query text within the length limit, groups nested at most
 * {@link Limits#maxQueryDepth()} deep (expressions and paths at most {@value #EXPRESSION_FACTOR} times that),
 * no closure path ({@code *}, {@code +}, <code>{n,}</code>) inside another closure (ARQ evaluates such a path
 * without checking for cancellation), and no {@code SERVICE} (the server calls no other host).
 */
public final class QueryGuard {
    /** Expressions and paths may nest this many times deeper than groups. */
    public static final int EXPRESSION_FACTOR = 8;

    private final Limits limits;

    public QueryGuard(Limits limits) {
        this.limits = limits;
    }

    /**
     * The query in {@code text}, parsed and checked.
     *
     * @throws HttpError 413 when the text is over the length limit, 400 when it is malformed or asks for
     *                   work the server does not do
     */
    public Query parse(String text, String base, Syntax syntax) {
        if (text.length() > limits.maxQueryLength()) {
            throw HttpError.payloadTooLarge("The query is " + text.length() + " characters long, over the query length"
                    + " limit of " + limits.maxQueryLength() + " characters (--max-query-length).");
        }
        Query query;
        try {
            query = QueryFactory.create(text, base, syntax);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw tooDeep();
            }
            throw HttpError.badRequest("The query is not valid SPARQL: " + e.getMessage());
        } catch (QueryException e) {
            throw HttpError.badRequest("The query is not valid SPARQL: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        check(query);
        return query;
    }

    /** @throws HttpError 400 when the query asks for work the server does not do */
    public void check(Query query) {
        try {
            query(query, 0);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /** 400 naming the nesting limit. */
    public HttpError tooDeep() {
        return HttpError.badRequest("The query is nested too deeply: groups { } may nest at most " + limits.maxQueryDepth()
                + " deep, expressions and paths " + expressionLimit() + " deep (the query nesting limit, --max-query-depth).");
    }

    private int expressionLimit() {
        return limits.maxQueryDepth() * EXPRESSION_FACTOR;
    }

    private void query(Query query, int depth) {
        if (query.getQueryPattern() != null) {
            element(query.getQueryPattern(), depth);
        }
        if (query.getProject() != null) {
            query.getProject().getExprs().values().forEach(e -> expr(e, depth, 0));
        }
        if (query.hasGroupBy()) {
            query.getGroupBy().getExprs().values().forEach(e -> expr(e, depth, 0));
        }
        if (query.hasHaving()) {
            query.getHavingExprs().forEach(e -> expr(e, depth, 0));
        }
        if (query.hasOrderBy()) {
            query.getOrderBy().stream().map(SortCondition::getExpression).forEach(e -> expr(e, depth, 0));
        }
    }

    private void element(Element element, int depth) {
        if (element instanceof ElementGroup group) {
            if (depth + 1 > limits.maxQueryDepth()) {
                throw tooDeep();
            }
            group.getElements().forEach(e -> element(e, depth + 1));
        } else if (element instanceof ElementService) {
            throw HttpError.badRequest("SERVICE is not allowed: this server answers from its own data and calls no other"
                    + " host. Send the query to the other endpoint yourself.");
        } else if (element instanceof ElementOptional optional) {
            element(optional.getOptionalElement(), depth);
        } else if (element instanceof ElementUnion union) {
            union.getElements().forEach(e -> element(e, depth));
        } else if (element instanceof ElementMinus minus) {
            element(minus.getMinusElement(), depth);
        } else if (element instanceof ElementNamedGraph graph) {
            element(graph.getElement(), depth);
        } else if (element instanceof ElementLateral lateral) {
            element(lateral.getLateralElement(), depth);
        } else if (element instanceof Element1 single) {
            element(single.getElement(), depth);
        } else if (element instanceof ElementSubQuery sub) {
            query(sub.getQuery(), depth);
        } else if (element instanceof ElementFilter filter) {
            expr(filter.getExpr(), depth, 0);
        } else if (element instanceof ElementBind bind) {
            expr(bind.getExpr(), depth, 0);
        } else if (element instanceof ElementAssign assign) {
            expr(assign.getExpr(), depth, 0);
        } else if (element instanceof ElementPathBlock block) {
            for (TriplePath triple : block.getPattern().getList()) {
                if (!triple.isTriple()) {
                    path(triple.getPath(), false, 0);
                }
            }
        }
    }

    private void expr(Expr expr, int groupDepth, int depth) {
        if (depth > expressionLimit()) {
            throw tooDeep();
        }
        if (expr instanceof ExprFunctionOp pattern && pattern.getElement() != null) {
            element(pattern.getElement(), groupDepth);
        } else if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(arg -> expr(arg, groupDepth, depth + 1));
        } else if (expr instanceof ExprAggregator aggregate && aggregate.getAggregator().getExprList() != null) {
            aggregate.getAggregator().getExprList().forEach(arg -> expr(arg, groupDepth, depth + 1));
        }
    }

    private void path(Path path, boolean insideClosure, int depth) {
        if (depth > expressionLimit()) {
            throw tooDeep();
        }
        boolean closure = path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN || path instanceof P_OneOrMore1
                || path instanceof P_OneOrMoreN || (path instanceof P_Mod mod && mod.getMax() < 0);
        if (closure && insideClosure) {
            throw HttpError.badRequest("A closure path (*, + or {n,}) inside another closure path is not allowed: the"
                    + " server cannot stop such a path once it runs. Write the inner closure once, e.g. (a|b)* instead"
                    + " of (a*|b)* (the query complexity check).");
        }
        if (path instanceof P_Path1 unary) {
            path(unary.getSubPath(), insideClosure || closure, depth + 1);
        } else if (path instanceof P_Path2 binary) {
            path(binary.getLeft(), insideClosure, depth + 1);
            path(binary.getRight(), insideClosure, depth + 1);
        }
    }
}
