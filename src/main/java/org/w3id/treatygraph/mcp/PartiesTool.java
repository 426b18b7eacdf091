package org.w3id.treatygraph.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.TreatyActions;
import org.w3id.treatygraph.status.PartyStatus;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;

/** {@code list_parties(status?, date?)}: the signatories and parties on a date, each with its status and trace. */
final class PartiesTool implements McpTool {
    private static final List<String> STATUSES = List.of("all", "signatory", "deposited", "bound");

    private final DatasetGraph dataset;
    private final Parties parties;

    PartiesTool(DatasetGraph dataset, Parties parties) {
        this.dataset = dataset;
        this.parties = parties;
    }

    @Override
    public McpSchema.Tool definition() {
        return Schemas.tool("list_parties", "List signatories and parties",
                "The States and organizations that signed the UN Convention against Cybercrime or deposited an"
                        + " instrument of consent by a date: 'signatory' (signed), 'deposited' (instrument deposited),"
                        + " 'bound' (in force for it) or 'all'; each with its status, actions and trace.",
                Schemas.object(Schemas.properties(
                        "status", Schemas.oneOf("Which parties (default all)", STATUSES),
                        "date", Schemas.date("The date (YYYY-MM-DD); today when absent")),
                        List.of()));
    }

    @Override
    public Map<String, Object> call(Arguments arguments, Caller caller) {
        String status = arguments.text("status").orElse("all");
        if (!STATUSES.contains(status)) {
            throw new ToolError("'status' is one of " + String.join(", ", STATUSES) + ", not '" + status + "'.");
        }
        StatusReport report = new StatusService(dataset).at(arguments.dateOrToday("date"));
        TreeSet<String> chosen = new TreeSet<>();
        if (status.equals("all") || status.equals("signatory")) {
            chosen.addAll(report.signatoryParties());
        }
        report.parties().stream().filter(p -> !status.equals("signatory") && (!status.equals("bound") || p.bound()))
                .map(PartyStatus::party).forEach(chosen::add);
        List<TreatyActions.Action> actions = TreatyActions.of(dataset, caller.rewriter());
        List<Map<String, Object>> items = Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, caller.rewriter());
            return chosen.stream().map(p -> parties.status(p, report, actions, facts)).toList();
        });
        return Item.of("date", report.date().toString(), "status", status, "count", items.size(), "parties", items);
    }
}
