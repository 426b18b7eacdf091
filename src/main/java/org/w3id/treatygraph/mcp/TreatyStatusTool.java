package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.vocab.IriRewriter;

/** {@code treaty_status(date?)}: is the Convention in force on a date, how many instruments count, and why. */
final class TreatyStatusTool implements McpTool {
    private final DatasetGraph dataset;

    TreatyStatusTool(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("treaty_status", "Status of the Convention",
                "Whether the UN Convention against Cybercrime is in force on a date: instruments counted toward the 40"
                        + " that art 65(1) requires, the entry-into-force date once fixed, the number of signatories,"
                        + " actions known only from reports, and the trace (each derived fact with its rule and evidence).",
                Schemas.object(Schemas.properties("date", Schemas.date("The date (YYYY-MM-DD); today when absent")),
                        List.of()));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        LocalDate date = arguments.dateOrToday("date");
        StatusReport report = new StatusService(dataset).at(date);
        IriRewriter rewriter = caller.rewriter();
        Node treaty = Articles.treaty(Articles.HANOI);
        String label = Txn.calculateRead(dataset, () -> new GraphFacts(dataset, rewriter).label(treaty));
        return Item.of("treaty", Item.of("iri", rewriter.toPublic(treaty.getURI()), "label", label),
                "date", date.toString(), "inForce", report.inForce(),
                "entryIntoForce", report.entryIntoForce() == null ? null : report.entryIntoForce().toString(),
                "instrumentsCounted", report.instruments(), "instrumentsRequired", report.required(),
                "signatories", report.signatories(), "reportedOnlyActions", report.reportedOnly(),
                "latestDepositaryEvidence", report.latestEvidence() == null ? null : report.latestEvidence().toString(),
                "trace", report.trace().stream().map(t -> Parties.trace(t, rewriter)).toList(),
                "source", "Computed by the final clauses (arts 64, 65, 67) from the treaty actions of the asserted graphs;"
                        + " graph/status holds the same facts as of the latest action.");
    }
}
