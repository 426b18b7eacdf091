package org.w3id.treatygraph.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;

/** The home page: what the dataset is, how much it holds about the Convention, and where to start. */
public final class HomePage {
    private static final String COUNTS = """
            PREFIX tg: <https://w3id.org/treatygraph/ontology#>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?obligation) AS ?obligations)
              (COUNT(DISTINCT ?party) AS ?parties) (COUNT(DISTINCT ?signature) AS ?signatures)
              (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?offence) AS ?offences)
            WHERE {
              VALUES ?treaty { <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention> }
              { ?article a tg:Article ; tg:treaty ?treaty } UNION { ?obligation a tg:Obligation ; tg:treaty ?treaty }
              UNION { ?party a ?partyClass . VALUES ?partyClass { tg:State tg:RegionalEconomicIntegrationOrganization } }
              UNION { ?signature a tg:Signature ; tg:treaty ?treaty } UNION { ?statement a tg:Statement }
              UNION { ?offence a tg:CrimeCategory ; tg:establishedBy/tg:treaty ?treaty }
            }""";

    /** A figure on the home page. */
    public record Count(String label, long value) {}

    public final String title = "TreatyGraph: the UN Convention against Cybercrime as linked data";
    public final List<Count> counts;
    public final List<Link> entryPoints;
    public final List<Link> downloads;
    /** Today's status in a sentence and how far its evidence goes: the counts above include reported signatures. */
    public final String statusNote;

    private HomePage(List<Count> counts, List<Link> entryPoints, List<Link> downloads, String statusNote) {
        this.counts = counts;
        this.statusNote = statusNote;
        this.entryPoints = entryPoints;
        this.downloads = downloads;
    }

    public static HomePage build(DatasetGraph dataset, String base) {
        QuerySolution row = Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(COUNTS).build()) {
                return execution.execSelect().next();
            }
        });
        Map<String, String> labels = Map.of("articles", "articles", "obligations", "obligations",
                "parties", "States and organizations that can be parties", "signatures", "signatures",
                "statements", "statements by officials and experts", "offences", "offences");
        List<Count> counts = List.of("articles", "obligations", "offences", "parties", "signatures", "statements")
                .stream().map(v -> new Count(labels.get(v), row.getLiteral(v).getLong())).toList();
        List<Link> entryPoints = List.of(
                new Link("The UN Convention against Cybercrime", base + "id/treaty/un-cybercrime-convention",
                        "the treaty, its titles, adoption, entry-into-force rule and signatures"),
                new Link("Its nine chapters, starting with chapter I", base + "id/treaty/un-cybercrime-convention/chapter/1",
                        "each chapter lists its articles"),
                new Link("The offences it establishes", base + "id/scheme/un-cybercrime-convention-offences",
                        "a SKOS scheme of the offences of articles 7 to 17"),
                new Link("Legal status on any date", base + "status",
                        "in force or not, instruments counted, signatories, parties and why (the final clauses as code)"),
                new Link("The signatories and parties", base + "signatories",
                        "every signature and instrument with its date, place, confidence and source; sortable"),
                new Link("The high-level dialogue after the signing", base + "id/event/hanoi-high-level-dialogue",
                        "who spoke and what they said"),
                new Link("Sources and named graphs", base + "sources", "where every fact comes from"));
        List<Link> downloads = List.of(
                new Link("Whole dataset, TriG (gzip)", base + "download/treatygraph.trig.gz", "application/gzip"),
                new Link("Whole dataset, N-Quads (gzip)", base + "download/treatygraph.nq.gz", "application/gzip"),
                new Link("Ontology (Turtle)", base + "ontology.ttl", "text/turtle"),
                new Link("SHACL shapes (Turtle)", base + "shapes.ttl", "text/turtle"),
                new Link("VoID description", base + ".well-known/void", "text/turtle"));
        StatusReport today = new StatusService(dataset).today();
        return new HomePage(counts, entryPoints, downloads, StatusPage.headline(today) + " "
                + StatusPage.evidence(today));
    }
}
