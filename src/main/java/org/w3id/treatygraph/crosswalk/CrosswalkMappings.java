package org.w3id.treatygraph.crosswalk;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Reads the stored {@code tg:ProvisionMapping}s from the union of the named graphs, in the order of their Hanoi
 * articles, provisions and compared treaties.
 */
public final class CrosswalkMappings {
    private static final String QUERY = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?m ?s ?sLabel ?kind ?treaty ?o ?oLabel ?note ?evidence ?confidence ?author WHERE {
              ?m a tg:ProvisionMapping ; tg:mappedProvision ?s ; tg:mappingKind ?kind ; tg:counterpartTreaty ?treaty ;
                 tg:note ?note ; tg:confidence ?confidence ; dcterms:creator ?author .
              { SELECT ?m (GROUP_CONCAT(?e; separator=" | ") AS ?evidence) WHERE { ?m a tg:ProvisionMapping ; tg:evidence ?e }
                GROUP BY ?m }
              ?s rdfs:label ?sLabel ; tg:article/tg:number ?article .
              OPTIONAL { ?m tg:counterpartProvision ?o . ?o rdfs:label ?oLabel }
            } ORDER BY ?article ?s ?treaty ?o""";

    private CrosswalkMappings() {}

    public static List<ProvisionMapping> read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<ProvisionMapping> mappings = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(dataset.getUnionGraph()))
                    .query(QUERY).build()) {
                exec.execSelect().forEachRemaining(row -> mappings.add(new ProvisionMapping(iri(row, "m"),
                        iri(row, "s"), text(row, "sLabel"), iri(row, "kind"), iri(row, "treaty"), iri(row, "o"),
                        text(row, "oLabel"), text(row, "note"), text(row, "evidence"), iri(row, "confidence"),
                        iri(row, "author"))));
            }
            return List.copyOf(mappings);
        });
    }

    private static String iri(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node == null ? null : node.asResource().getURI();
    }

    private static String text(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        return node == null ? null : node.asLiteral().getLexicalForm();
    }
}
