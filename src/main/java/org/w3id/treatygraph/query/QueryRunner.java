package org.w3id.treatygraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.vocab.Prefixes;

/** Runs a SPARQL query file against a dataset and prints the answer: a table, CSV, yes/no or Turtle. */
public final class QueryRunner {
    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Reads and parses a query file; a syntax error names the file, line and column. */
    public static Query parse(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return QueryFactory.create(text, file.toUri().toString(), Syntax.syntaxSPARQL_11);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the query file " + file + ": " + e.getMessage(), e);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("Syntax error in " + file + ": " + e.getMessage(), e);
        }
    }

    public void run(Query query, boolean csv, OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet results = execution.execSelect();
                    if (csv) {
                        ResultSetFormatter.outputAsCSV(print, results);
                    } else {
                        ResultSetFormatter.out(print, results, query.getPrefixMapping());
                    }
                } else if (query.isAskType()) {
                    print.println(execution.execAsk() ? "yes" : "no");
                } else {
                    Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                    model.setNsPrefixes(Prefixes.standard());
                    RDFDataMgr.write(print, model, Lang.TURTLE);
                }
            }
        });
        print.flush();
    }
}
