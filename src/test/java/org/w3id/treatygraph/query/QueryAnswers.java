package org.w3id.treatygraph.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Runs a SELECT query file against a store's dataset and hands back its rows, for tests that assert answers. */
final class QueryAnswers {
    private QueryAnswers() {}

    static List<Map<String, RDFNode>> select(Dataset dataset, Path queryFile) {
        var query = QueryRunner.parse(queryFile);
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                execution.execSelect().forEachRemaining(solution -> {
                    Map<String, RDFNode> row = new HashMap<>();
                    solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
