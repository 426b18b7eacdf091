package org.w3id.treatygraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.linkeddata.PublicIris;
import org.w3id.treatygraph.query.ExampleQuery;
import org.w3id.treatygraph.query.QueryAdmission;
import org.w3id.treatygraph.query.QueryGuard;
import org.w3id.treatygraph.query.QueryOperation;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.Prefixes;

/**
 * The query page: a SPARQL editor (a plain form: it works without JavaScript), the competency questions as
 * one-click examples, and the answer as an HTML table, computed on the server with a time limit.
 */
public final class EditorPage {
    /** An example: its question and the link that loads and runs it. */
    public record Example(String name, String question, String href) {}

    /** One row of the answer. */
    public record Row(List<Cell> cells) {}

    /** One cell: a value, and a link when it is a resource. */
    public record Cell(String text, String href) {}

    public final String title = "SPARQL query";
    /** The scripted editor: YASGUI and the chart library, vendored (static/vendor), then this project's wiring. */
    public final List<String> stylesheets = List.of("static/vendor/yasgui/yasgui.min.css");
    public final List<String> scripts = List.of("static/vendor/chart.js/chart.umd.min.js",
            "static/vendor/yasgui/yasgui.min.js", "static/editor-views.js", "static/editor.js");
    public final String query;
    public final List<Example> examples;
    public final List<String> columns;
    public final List<Row> rows;
    public final String answer;
    public final String error;
    public final String endpointUrl;
    /** The answer in every format of its kind, from the endpoint, complete. */
    public final List<Link> downloads;
    /** True when the answer has more rows than the page shows ({@link Limits#maxRowsShown()}). */
    public final boolean truncated;
    public final int maxRowsShown;
    /** The download formats, for the scripted editor. */
    public final String formatsJson = ResultFormats.json();
    /** The HTTP status the page is answered with: 200, or the refusal's (400 malformed, 503 timed out…). */
    public final int status;

    /** What a query that ran adds to the page: the endpoint's URL for it, the downloads, whether rows were left out. */
    private record Ran(String endpointUrl, List<Link> downloads, boolean truncated, int maxRowsShown) {
        static final Ran NOT = new Ran(null, List.of(), false, 0);
    }

    private EditorPage(String query, List<Example> examples, List<String> columns, List<Row> rows, String answer,
                       String error, Ran ran) {
        this(query, examples, columns, rows, answer, error, ran, 200);
    }

    private EditorPage(String query, List<Example> examples, List<String> columns, List<Row> rows, String answer,
                       String error, Ran ran, int status) {
        this.status = status;
        this.endpointUrl = ran.endpointUrl();
        this.downloads = ran.downloads();
        this.truncated = ran.truncated();
        this.maxRowsShown = ran.maxRowsShown();
        this.query = query;
        this.examples = examples;
        this.columns = columns;
        this.rows = rows;
        this.answer = answer;
        this.error = error;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean hasResults() {
        return !columns.isEmpty();
    }

    /**
     * The page for {@code queryText} (null: the first example, not run).
     *
     * A query that is refused or cancelled gets the page with the message and the refusal's status: 400 when
     * malformed or too complex ({@link QueryGuard}), 413 when too long, 429/503 when the server is busy
     * ({@link QueryAdmission}), 503 when it ran past the query timeout.
     */
    public static EditorPage build(String queryText, List<ExampleQuery> examples, DatasetGraph dataset,
                                   IriRewriter rewriter, Limits limits, QueryAdmission admission, String client) {
        String base = rewriter.publicBase();
        List<Example> links = examples.stream().map(e -> new Example(e.name(), e.question(),
                base + "editor?query=" + encode(e.text()) + "#results")).toList();
        if (queryText == null || queryText.isBlank()) {
            String first = examples.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples.get(0).text();
            return new EditorPage(first, links, List.of(), List.of(), null, null, Ran.NOT);
        }
        try {
            Query query = new QueryGuard(limits).parse(queryText, null, Syntax.syntaxSPARQL_11);
            try (QueryAdmission.Permit permit = admission.admit(client, queryText)) {
                return run(PublicIris.toCanonical(query, rewriter), queryText, links, dataset, rewriter, limits, permit);
            }
        } catch (QueryCancelledException e) {
            HttpError timedOut = QueryOperation.timedOut(QueryOperation.Timeout.of(limits));
            return new EditorPage(queryText, links, List.of(), List.of(), null, timedOut.getMessage(), Ran.NOT, timedOut.status());
        } catch (HttpError e) {
            return new EditorPage(queryText, links, List.of(), List.of(), null, e.getMessage(), Ran.NOT, e.status());
        }
    }

    private static EditorPage run(Query query, String queryText, List<Example> links, DatasetGraph dataset,
                                  IriRewriter rewriter, Limits limits, QueryAdmission.Permit permit) {
        int maxRows = limits.maxRowsShown();
        String base = rewriter.publicBase();
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] answer = {null};
        boolean[] more = {false};
        QueryOperation.runWithin(permit, () -> Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .timeout(limits.queryTimeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                permit.onRefusal(execution::abort);
                if (query.isSelectType()) {
                    ResultSet results = execution.execSelect();
                    columns.addAll(results.getResultVars());
                    while (results.hasNext() && rows.size() < maxRows) {
                        var solution = results.next();
                        rows.add(new Row(columns.stream().map(c -> cell(solution.get(c), rewriter)).toList()));
                    }
                    more[0] = results.hasNext();
                } else if (query.isAskType()) {
                    answer[0] = execution.execAsk() ? "yes" : "no";
                } else {
                    Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                    columns.addAll(List.of("subject", "predicate", "object"));
                    more[0] = model.size() > maxRows;
                    model.listStatements().forEachRemaining(s -> {
                        if (rows.size() < maxRows) {
                            rows.add(new Row(List.of(cell(s.getSubject(), rewriter), cell(s.getPredicate(), rewriter),
                                    cell(s.getObject(), rewriter))));
                        }
                    });
                }
            }
            return rows;
        }));
        String endpointUrl = base + "sparql?query=" + encode(queryText);
        return new EditorPage(queryText, links, columns, rows, answer[0], null,
                new Ran(endpointUrl, ResultFormats.links(query, endpointUrl), more[0], maxRows));
    }

    private static Cell cell(RDFNode value, IriRewriter rewriter) {
        if (value == null) {
            return new Cell("", null);
        }
        Node node = value.asNode();
        if (node.isURI()) {
            String qname = Prefixes.standard().qnameFor(node.getURI());
            return new Cell(qname != null ? qname : node.getURI(), rewriter.toPublic(node.getURI()));
        }
        return new Cell(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString(), null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
