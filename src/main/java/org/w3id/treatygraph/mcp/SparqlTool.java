package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.HttpError;
import org.w3id.treatygraph.http.Limits;
import org.w3id.treatygraph.linkeddata.PublicIris;
import org.w3id.treatygraph.query.QueryAdmission;
import org.w3id.treatygraph.query.QueryGuard;
import org.w3id.treatygraph.query.QueryOperation;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * {@code sparql(query)}: a SELECT or ASK query under the limits of {@code /sparql} — checked by {@link QueryGuard},
 * admitted by the same {@link QueryAdmission}, cancelled at the operator's timeout — and at most
 * {@link Limits#maxRowsShown()} rows (an agent reads the answer whole). IRIs on the caller's public base.
 */
final class SparqlTool implements McpTool {
    private final DatasetGraph dataset;
    private final Limits limits;
    private final QueryGuard guard;
    private final QueryAdmission admission;

    SparqlTool(DatasetGraph dataset, Limits limits, QueryAdmission admission) {
        this.dataset = dataset;
        this.limits = limits;
        this.guard = new QueryGuard(limits);
        this.admission = admission;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("sparql", "Run a SPARQL query",
                "A SPARQL 1.1 SELECT or ASK query over the whole graph (the default graph is the union of the named"
                        + " graphs; GRAPH ?g gives each fact's source graph). Runs under the limits of /sparql: cancelled"
                        + " after " + limits.queryTimeoutSeconds() + " s, at most " + limits.maxRowsShown() + " rows.",
                Schemas.object(Schemas.properties("query", Schemas.string("The query, e.g. SELECT ?s WHERE { ?s a"
                        + " <https://w3id.org/treatygraph/ontology#Article> } LIMIT 5")), List.of("query")));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String text = arguments.requiredText("query", "\"ASK { ?s ?p ?o }\"");
        try {
            Query query = guard.parse(text, null, Syntax.syntaxARQ);
            if (!query.isSelectType() && !query.isAskType()) {
                throw new ToolError("The sparql tool runs SELECT and ASK queries only; this is a " + query.queryType()
                        + " query. For RDF, dereference the resources' IRIs or use /sparql.");
            }
            try (QueryAdmission.Permit permit = admission.admit(caller.client(), text)) {
                return QueryOperation.runWithin(permit, () -> Txn.calculateRead(dataset, () -> {
                    try (QueryExec execution = QueryExec.newBuilder().dataset(dataset)
                            .query(PublicIris.toCanonical(query, caller.rewriter()))
                            .overallTimeout(limits.queryTimeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                        permit.onRefusal(execution::abort);
                        return query.isAskType() ? Item.of("boolean", execution.ask())
                                : rows(execution.select(), caller.rewriter());
                    }
                }));
            }
        } catch (HttpError refused) {
            throw new ToolError(refused.getMessage());
        } catch (QueryCancelledException cancelled) {
            throw new ToolError(QueryOperation.timedOut(QueryOperation.Timeout.of(limits)).getMessage());
        }
    }

    private Map<String, Object> rows(RowSet rows, IriRewriter rewriter) {
        List<Map<String, Object>> kept = new ArrayList<>();
        while (rows.hasNext()) {
            if (kept.size() >= limits.maxRowsShown()) {
                throw new ToolError("The answer has more than " + limits.maxRowsShown() + " rows, the most the sparql"
                        + " tool returns. Ask for fewer with LIMIT and OFFSET.");
            }
            Binding binding = rows.next();
            Map<String, Object> row = new LinkedHashMap<>();
            binding.forEach((variable, node) -> row.put(variable.getVarName(), term(rewriter.toPublic(node))));
            kept.add(row);
        }
        return Item.of("variables", rows.getResultVars().stream().map(v -> v.getVarName()).toList(), "rows", kept,
                "rowCount", kept.size());
    }

    /** A term as SPARQL JSON results write it: type, value, datatype or language. */
    private static Map<String, Object> term(Node node) {
        if (node.isURI()) {
            return Item.of("type", "uri", "value", node.getURI());
        }
        if (node.isBlank()) {
            return Item.of("type", "bnode", "value", node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            return Item.of("type", "literal", "value", node.getLiteralLexicalForm(),
                    "xml:lang", language.isEmpty() ? null : language,
                    "datatype", language.isEmpty() ? node.getLiteralDatatypeURI() : null);
        }
        return Item.of("type", "literal", "value", node.toString());
    }
}
