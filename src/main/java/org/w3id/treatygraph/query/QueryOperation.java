package org.w3id.treatygraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.treatygraph.http.ErrorResponder;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.http.PublicBase;
import org.w3id.treatygraph.linkeddata.PublicIris;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * Fuseki's SPARQL query operation ({@code /sparql}, {@code /query}, {@code /?query=}) under the server's
 * limits: the query text within its length, parsed and checked by {@link QueryGuard} before anything runs,
 * admitted by {@link QueryAdmission}, run under the operator's timeout (a client's {@code ?timeout=} may only
 * shorten it), and answered only once complete, so that a timeout is a clean 503 and a SELECT over the row
 * limit a clean 422. Every refusal is an {@link HttpError} answered by {@link ErrorResponder}.
 */
public final class QueryOperation extends SPARQL_QueryDataset {
    private final Limits limits;
    private final QueryGuard guard;
    private final QueryAdmission admission;
    private final PublicBase base;
    private final ErrorResponder errors;

    public QueryOperation(Limits limits, QueryAdmission admission, PublicBase base, ErrorResponder errors) {
        this.limits = limits;
        this.guard = new QueryGuard(limits);
        this.admission = admission;
        this.base = base;
        this.errors = errors;
    }

    @Override
    public void process(HttpAction action) {
        try {
            super.process(action);
        } catch (HttpError error) {
            send(action, error);
        } catch (ActionErrorException fuseki) {
            send(action, new HttpError(fuseki.getRC() < 400 ? 400 : fuseki.getRC(),
                    fuseki.getMessage() == null ? "The query was refused." : fuseki.getMessage()));
        } catch (QueryCancelledException cancelled) {
            ActionExecLib.incCounter(action.getEndpoint() == null ? null : action.getEndpoint().getCounters(),
                    CounterName.QueryTimeouts);
            send(action, timedOut(timeout(action.getRequestParameter("timeout"))));
        } catch (StackOverflowError deep) {
            send(action, guard.tooDeep());
        } catch (RuntimeException failure) {
            try {
                errors.unexpected(action.getRequest(), action.getResponse(), failure);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void send(HttpAction action, HttpError error) {
        action.log.info("[{}] {} {}", action.id, error.status(), error.getMessage());
        try {
            errors.send(action.getRequest(), action.getResponse(), error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 503 naming the timeout that applied. */
    public static HttpError timedOut(Timeout timeout) {
        return new HttpError(503, "The query was cancelled: it ran longer than " + timeout.describe() + ". Make it"
                + " cheaper (fewer rows, a LIMIT, narrower patterns) and try again.");
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            throw HttpError.badRequest("The query is empty: send it as ?query=, as a form field 'query' or as an"
                    + " application/sparql-query body.");
        }
        action.log.info("[{}] Query = {}", action.id, ServletOps.formatForLog(
                queryString.length() > 2000 ? queryString.substring(0, 2000) + "…" : queryString));
        Timeout timeout = timeout(action.getRequestParameter("timeout"));
        Query query = guard.parse(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        try (QueryAdmission.Permit permit = admission.admit(action.getRequest().getRemoteAddr(), queryString)) {
            action.beginRead();
            try {
                Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryString);
                // One identity: IRIs under the server's public base in, and out (PublicIris).
                IriRewriter rewriter = new IriRewriter(base.of(action.getRequest()));
                Query toRun = PublicIris.toCanonical(chosen.getRight() == null ? query : chosen.getRight(), rewriter);
                try (QueryExec execution = build(action, toRun, chosen.getLeft(), timeout)) {
                    permit.onRefusal(execution::abort);
                    QueryExecResult result = PublicIris.toPublic(
                            runWithin(permit, () -> executeQuery(action, execution, query, queryString)), rewriter);
                    sendResults(action, result, query.getPrologue());
                }
            } catch (RuntimeException | StackOverflowError failure) {
                action.abortSilent();
                throw failure;
            } finally {
                action.endRead();
            }
        }
    }

    /**
     * Runs {@code work} for a query holding {@code permit}: a cancellation that made room for other queries is
     * answered as the refusal it was (503 or 429), not as a timeout.
     */
    public static <T> T runWithin(QueryAdmission.Permit permit, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (QueryCancelledException cancelled) {
            if (permit.refusal() != null) {
                throw permit.refusal();
            }
            throw cancelled;
        }
    }

    private QueryExec build(HttpAction action, Query query, DatasetGraph dataset, Timeout timeout) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(timeout.overallMillis(), TimeUnit.MILLISECONDS);
        if (timeout.firstRowMillis() > 0) {
            builder.initialTimeout(timeout.firstRowMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return build(action, query, dataset, timeout(action.getRequestParameter("timeout")));
    }

    /** Runs the query to its end, within the row limit, before the answer starts. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = execution.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                if (kept.size() >= limits.maxResultRows()) {
                    throw tooManyRows("rows");
                }
                kept.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        QueryExecResult result = super.executeQuery(action, execution, query, queryStringLog);
        long size = result.isDataset() ? Iter.count(result.dataset().find())
                : result.isGraph() ? result.graph().size() : 0;
        if (size > limits.maxResultRows()) {
            throw tooManyRows("triples");
        }
        return result;
    }

    private HttpError tooManyRows(String what) {
        return new HttpError(422, "The answer has more than " + limits.maxResultRows() + " " + what + ", the result"
                + " row limit (--max-result-rows). Ask for fewer with LIMIT and OFFSET, or download the data from /download/.");
    }

    /** The timeout a query runs under: the operator's, or a shorter one the client asked for. */
    public record Timeout(long firstRowMillis, long overallMillis, boolean clientChosen) {
        /** The operator's timeout. */
        public static Timeout of(Limits limits) {
            return new Timeout(-1, limits.queryTimeout().toMillis(), false);
        }

        String describe() {
            String seconds = overallMillis % 1000 == 0 ? (overallMillis / 1000) + " s" : overallMillis + " ms";
            return clientChosen ? "the timeout the request asked for (" + seconds + ")"
                    : "the query timeout (" + seconds + ", --query-timeout)";
        }
    }

    /**
     * The timeout for a request with {@code ?timeout=} {@code parameter} (seconds, or "first-row,overall"
     * seconds; null for none): never longer than the operator's.
     *
     * @throws HttpError 400 when the parameter is not a number of seconds
     */
    public Timeout timeout(String parameter) {
        long limit = limits.queryTimeout().toMillis();
        if (parameter == null || parameter.isBlank()) {
            return Timeout.of(limits);
        }
        Pair<Long, Long> asked = parameter.matches("\\d{1,9}(,\\d{1,9})?") ? Timeouts.parseTimeoutStr(parameter, TimeUnit.SECONDS) : null;
        if (asked == null) {
            throw HttpError.badRequest("The timeout parameter is a number of seconds ('5'), or seconds to the first row"
                    + " and overall ('2,5'), not '" + parameter + "'.");
        }
        boolean shorter = asked.getRight() > 0 && asked.getRight() < limit;
        long overall = shorter ? asked.getRight() : limit;
        long firstRow = asked.getLeft() > 0 && asked.getLeft() < overall ? asked.getLeft() : -1;
        return new Timeout(firstRow, overall, shorter);
    }
}
