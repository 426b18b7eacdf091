package org.w3id.treatygraph.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;

/** Runs a SELECT query file against a store's dataset and hands back its rows, for tests that assert answers. */
final class QueryAnswers {
    private static TreatyStore store;

    private QueryAnswers() {}

    /** An in-memory store loaded once with the checkout's curated files, shared by the query tests. */
    static synchronized Dataset curatedStore() {
        if (store == null) {
            store = TreatyStore.inMemory();
            DataLoader.ensureLoaded(store, TestProject.files(), false);
        }
        return store.dataset();
    }

    /** The {@code .rq} files of a folder (not of its subfolders), each checked to start with its question. */
    static List<Path> questionFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            for (Path file : queries) {
                assertTrue(Files.readString(file).startsWith("# Question: "), file + " does not start with its question");
            }
            return queries;
        }
    }

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
