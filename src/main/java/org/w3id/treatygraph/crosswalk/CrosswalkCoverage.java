package org.w3id.treatygraph.crosswalk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.treatygraph.vocab.TG;

/**
 * The coverage view: runs {@code queries/crossref/06-crosswalk-coverage.rq} (packaged beside this class) with the
 * State and date asked in place of the file's example values, then groups its rows by obligation and names what they
 * point at. A State is bound by a compared treaty from the deposit of its instrument (as the query explains).
 */
public final class CrosswalkCoverage {
    private static final String QUERY_FILE = "06-crosswalk-coverage.rq";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node NOTE = TG.term("note");
    private static final Node EVIDENCE = TG.term("evidence");
    private static final Node TITLE_SHORT = NodeFactory.createURI("http://data.europa.eu/eli/ontology#title_short");
    private static final String NOT_MAPPED = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
              ?o a tg:Obligation ; tg:treaty <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> ;
                 tg:imposedBy/tg:number ?article .
              FILTER NOT EXISTS { ?o tg:inParagraph ?p . ?m tg:mappedProvision ?p }
              %s }""";

    /** Per compared treaty (one a mapping points to), the actions of {@code ?party} any source records. */
    private static final String RECORDS = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            SELECT ?treaty (COUNT(DISTINCT ?action) AS ?n) WHERE {
              { SELECT DISTINCT ?treaty WHERE { ?m tg:counterpartTreaty ?treaty } }
              OPTIONAL { ?action tg:party ?party ; tg:treaty ?treaty }
            } GROUP BY ?treaty ORDER BY ?treaty""";

    /** The packaged query, parsed once: every report works on a copy with its own VALUES row. */
    private static final Query QUERY = load();

    private final DatasetGraph dataset;

    public CrosswalkCoverage(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    private static Query load() {
        try (InputStream in = CrosswalkCoverage.class.getResourceAsStream(QUERY_FILE)) {
            if (in == null) {
                throw new IllegalStateException(QUERY_FILE + " is not packaged beside " + CrosswalkCoverage.class);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The State with ISO 3166-1 alpha-3 code {@code code}, if the data knows it. */
    public Optional<String> state(String code) {
        if (code == null || !ISO3.matcher(code).matches()) {
            return Optional.empty();
        }
        Node state = TG.id("state/" + code);
        return Txn.calculateRead(dataset, () -> dataset.contains(Node.ANY, state, RDF.type.asNode(), TG.term("State")))
                ? Optional.of(state.getURI()) : Optional.empty();
    }

    /** The coverage for {@code state} (a canonical IRI) on {@code at}, of every mapped obligation or of one article. */
    public CoverageReport at(String state, LocalDate at, Integer article) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Map<String, List<QuerySolution>> byObligation = new LinkedHashMap<>();
            try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union))
                    .query(forValues(state, at)).build()) {
                exec.execSelect().forEachRemaining(row -> {
                    if (article == null || row.getLiteral("article").getInt() == article) {
                        byObligation.computeIfAbsent(row.getResource("obligation").getURI(), k -> new ArrayList<>()).add(row);
                    }
                });
            }
            List<ObligationCoverage> obligations = new ArrayList<>();
            byObligation.forEach((obligation, rows) -> obligations.add(obligation(union, obligation, rows)));
            return new CoverageReport(state, label(union, state), at, article, List.copyOf(obligations),
                    notMapped(union, article), records(union, state));
        });
    }

    private Query forValues(String state, LocalDate at) {
        Query copy = QUERY.cloneQuery();
        ElementData values = (ElementData) ((ElementGroup) copy.getQueryPattern()).get(0);
        values.getRows().clear();
        values.add(BindingFactory.binding(Var.alloc("party"), NodeFactory.createURI(state), Var.alloc("at"),
                NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdate)));
        return copy;
    }

    private static ObligationCoverage obligation(Graph union, String obligation, List<QuerySolution> rows) {
        QuerySolution first = rows.get(0);
        List<Counterpart> counterparts = new ArrayList<>();
        for (QuerySolution row : rows) {
            String mapping = row.getResource("mapping").getURI();
            String treaty = row.getResource("treaty").getURI();
            String provision = row.contains("counterpart") ? row.getResource("counterpart").getURI() : null;
            counterparts.add(new Counterpart(mapping, row.getResource("kind").getURI(), treaty, treatyLabel(union, treaty),
                    provision, provision == null ? null : label(union, provision), text(union, mapping, NOTE),
                    text(union, mapping, EVIDENCE), row.getResource("confidence").getURI(),
                    row.contains("consentBy") ? LocalDate.parse(row.getLiteral("consentBy").getLexicalForm()) : null));
        }
        String provision = first.getResource("provision").getURI();
        return new ObligationCoverage(obligation, label(union, obligation), first.getLiteral("article").getInt(),
                provision, label(union, provision), first.getResource("modality").getURI(), List.copyOf(counterparts));
    }

    private static int notMapped(Graph union, Integer article) {
        String scope = article == null ? "" : "FILTER (?article = " + article.intValue() + ")";
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union))
                .query(NOT_MAPPED.formatted(scope)).build()) {
            return exec.execSelect().next().getLiteral("n").getInt();
        }
    }

    private static List<PartyRecord> records(Graph union, String state) {
        List<PartyRecord> records = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(union)).query(RECORDS)
                .substitution("party", ResourceFactory.createResource(state)).build()) {
            exec.execSelect().forEachRemaining(row -> {
                String treaty = row.getResource("treaty").getURI();
                records.add(new PartyRecord(treaty, treatyLabel(union, treaty), row.getLiteral("n").getInt()));
            });
        }
        return List.copyOf(records);
    }

    private static String treatyLabel(Graph union, String treaty) {
        String shortTitle = text(union, treaty, TITLE_SHORT);
        return shortTitle != null ? shortTitle : label(union, treaty);
    }

    private static String label(Graph union, String iri) {
        String label = text(union, iri, LABEL);
        return label != null ? label : iri;
    }

    private static String text(Graph union, String iri, Node property) {
        return union.stream(NodeFactory.createURI(iri), property, Node.ANY).map(t -> t.getObject())
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
