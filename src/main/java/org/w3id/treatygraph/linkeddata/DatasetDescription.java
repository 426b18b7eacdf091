package org.w3id.treatygraph.linkeddata;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * Machine descriptions of the dataset, computed from the store: the VoID description (size, classes,
 * properties, vocabularies, endpoint, dumps, sources, one subset per named graph) and the SPARQL 1.1
 * Service Description of the endpoint.
 */
public final class DatasetDescription {
    private static final List<String> VOCABULARIES = List.of(
            TG.NS, Vocab.ELI, Vocab.ORG, Vocab.FOAF, Vocab.SKOS, Vocab.PROV, Vocab.DCTERMS, Vocab.SCHEMA);

    private DatasetDescription() {}

    /** The VoID description, with IRIs in their public form. */
    public static Graph voidDescription(DatasetGraph dataset, IriRewriter rewriter) {
        Model model = ModelFactory.createDefaultModel();
        Resource ds = model.createResource(rewriter.url(".well-known/void#treatygraph"));
        ds.addProperty(RDF.type, model.createResource(Vocab.VOID + "Dataset"))
                .addProperty(DCTerms.title, model.createLiteral("TreatyGraph: the UN Convention against Cybercrime", "en"))
                .addProperty(DCTerms.description, model.createLiteral("Treaty structure, obligations, offences, "
                        + "signatures, people, statements and claims about the UN Convention against Cybercrime, "
                        + "with the source of every statement.", "en"))
                .addProperty(DCTerms.license, model.createResource(DescriptionRenderer.LICENSE))
                .addProperty(property(model, Vocab.VOID, "sparqlEndpoint"), model.createResource(rewriter.url("sparql")))
                .addProperty(property(model, Vocab.VOID, "dataDump"), model.createResource(rewriter.url("download/treatygraph.trig.gz")))
                .addProperty(property(model, Vocab.VOID, "dataDump"), model.createResource(rewriter.url("download/treatygraph.nq.gz")))
                .addProperty(property(model, Vocab.VOID, "uriSpace"), rewriter.url("id/"))
                .addProperty(property(model, Vocab.VOID, "exampleResource"),
                        model.createResource(rewriter.url("id/treaty/un-cybercrime-convention")))
                .addProperty(property(model, Vocab.VOID, "rootResource"),
                        model.createResource(rewriter.url("id/treaty/un-cybercrime-convention")));
        for (String vocabulary : VOCABULARIES) {
            ds.addProperty(property(model, Vocab.VOID, "vocabulary"), model.createResource(rewriter.toPublic(vocabulary)));
        }
        Txn.executeRead(dataset, () -> {
            select(dataset, """
                    SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                           (COUNT(DISTINCT ?o) AS ?objects) WHERE { GRAPH ?g { ?s ?p ?o } }""", row -> {
                ds.addLiteral(property(model, Vocab.VOID, "triples"), row.getLiteral("triples").getLong());
                ds.addLiteral(property(model, Vocab.VOID, "distinctSubjects"), row.getLiteral("subjects").getLong());
                ds.addLiteral(property(model, Vocab.VOID, "properties"), row.getLiteral("properties").getLong());
                ds.addLiteral(property(model, Vocab.VOID, "distinctObjects"), row.getLiteral("objects").getLong());
            });
            select(dataset, """
                    SELECT (COUNT(DISTINCT ?s) AS ?entities) WHERE { GRAPH ?g { ?s ?p ?o }
                      FILTER STRSTARTS(STR(?s), "https://w3id.org/treatygraph/id/") }""",
                    row -> ds.addLiteral(property(model, Vocab.VOID, "entities"), row.getLiteral("entities").getLong()));
            select(dataset, """
                    SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } } GROUP BY ?class""", row -> {
                Resource partition = model.createResource();
                partition.addProperty(property(model, Vocab.VOID, "class"), model.createResource(rewriter.toPublic(row.getResource("class").getURI())));
                partition.addLiteral(property(model, Vocab.VOID, "entities"), row.getLiteral("n").getLong());
                ds.addProperty(property(model, Vocab.VOID, "classPartition"), partition);
            });
            ds.addLiteral(property(model, Vocab.VOID, "classes"), ds.listProperties(property(model, Vocab.VOID, "classPartition")).toList().size());
            select(dataset, """
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?g ?title ?source (COUNT(*) AS ?n) WHERE {
                      GRAPH ?g { ?s ?p ?o }
                      OPTIONAL { ?g dcterms:title ?title ; prov:wasDerivedFrom ?source } }
                    GROUP BY ?g ?title ?source""", row -> {
                Resource subset = model.createResource(rewriter.toPublic(row.getResource("g").getURI()));
                subset.addProperty(RDF.type, model.createResource(Vocab.VOID + "Dataset"));
                subset.addLiteral(property(model, Vocab.VOID, "triples"), row.getLiteral("n").getLong());
                if (row.contains("title")) {
                    subset.addProperty(DCTerms.title, row.getLiteral("title"));
                    Resource source = model.createResource(rewriter.toPublic(row.getResource("source").getURI()));
                    subset.addProperty(DCTerms.source, source);
                    ds.addProperty(DCTerms.source, source);
                }
                ds.addProperty(property(model, Vocab.VOID, "subset"), subset);
            });
        });
        return model.getGraph();
    }

    /** The SPARQL 1.1 Service Description of {@code /sparql}. */
    public static Graph serviceDescription(DatasetGraph dataset, IriRewriter rewriter) {
        Model model = ModelFactory.createDefaultModel();
        Resource service = model.createResource(rewriter.url("sparql#service"));
        Resource endpoint = model.createResource(rewriter.url("sparql"));
        service.addProperty(RDF.type, model.createResource(Vocab.SD + "Service"))
                .addProperty(property(model, Vocab.SD, "endpoint"), endpoint)
                .addProperty(property(model, Vocab.SD, "supportedLanguage"), model.createResource(Vocab.SD + "SPARQL11Query"))
                .addProperty(property(model, Vocab.SD, "feature"), model.createResource(Vocab.SD + "UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples")) {
            service.addProperty(property(model, Vocab.SD, "resultFormat"), model.createResource(Vocab.FORMATS + format));
        }
        Resource defaultDataset = model.createResource(rewriter.url(".well-known/void#treatygraph"));
        defaultDataset.addProperty(RDF.type, model.createResource(Vocab.SD + "Dataset"));
        service.addProperty(property(model, Vocab.SD, "defaultDataset"), defaultDataset);
        Resource defaultGraph = model.createResource();
        defaultGraph.addProperty(RDF.type, model.createResource(Vocab.SD + "Graph"));
        defaultGraph.addProperty(DCTerms.description, model.createLiteral("The union of all named graphs.", "en"));
        defaultDataset.addProperty(property(model, Vocab.SD, "defaultGraph"), defaultGraph);
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(g -> {
            Resource named = model.createResource();
            named.addProperty(property(model, Vocab.SD, "name"), model.createResource(rewriter.toPublic(g.getURI())));
            defaultDataset.addProperty(property(model, Vocab.SD, "namedGraph"), named);
        }));
        return model.getGraph();
    }

    private static Property property(Model model, String namespace, String name) {
        return model.createProperty(namespace + name);
    }

    private static void select(DatasetGraph dataset, String query, Consumer<QuerySolution> action) {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            execution.execSelect().forEachRemaining(action);
        }
    }
}
