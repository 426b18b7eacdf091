package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.TreatyActions;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;

/** {@code party_status(party, date?)}: one State's or organization's status under the final clauses, with the trace. */
final class PartyStatusTool implements McpTool {
    private final DatasetGraph dataset;
    private final Parties parties;

    PartyStatusTool(DatasetGraph dataset, Parties parties) {
        this.dataset = dataset;
        this.parties = parties;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("party_status", "Status of a party",
                "Whether a State or organization has signed the UN Convention against Cybercrime, deposited an"
                        + " instrument of consent, and is bound on a date, computed by the final clauses (arts 64, 65,"
                        + " 67) from the depositary's record; with the rule applied, the evidence, and each action's"
                        + " confidence and named graph.",
                Schemas.object(Schemas.properties(
                        "party", Schemas.string("ISO 3166 alpha-3 code (e.g. AUS) or English name (e.g. Australia)"),
                        "date", Schemas.date("The date (YYYY-MM-DD); today when absent")),
                        List.of("party")));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String party = parties.find(arguments.requiredText("party", "\"AUS\" or \"Australia\"")).getURI();
        StatusReport report = new StatusService(dataset).at(arguments.dateOrToday("date"));
        List<TreatyActions.Action> actions = TreatyActions.of(dataset, caller.rewriter());
        return Txn.calculateRead(dataset, () -> parties.status(party, report, actions,
                new GraphFacts(dataset, caller.rewriter())));
    }
}
