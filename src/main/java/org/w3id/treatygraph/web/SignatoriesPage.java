package org.w3id.treatygraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.treatygraph.reading.GraphFacts;
import org.w3id.treatygraph.reading.NaturalOrder;
import org.w3id.treatygraph.reading.TreatyActions;
import org.w3id.treatygraph.reading.TreatyActions.Action;
import org.w3id.treatygraph.status.StatusEvent;
import org.w3id.treatygraph.status.StatusReport;
import org.w3id.treatygraph.status.StatusService;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The signatories and parties of the Convention: one row per treaty action (party, action, date, place,
 * confidence, source), sorted on the server by {@code ?sort=} (a column, "-" before it for descending), so
 * the table sorts without scripts; the count toward entry into force; a world map coloured by status
 * ({@link SignatoriesMap}) and a timeline of signatures and instruments ({@link SignatureTimeline}), both drawn on
 * the server.
 */
public final class SignatoriesPage {
    private static final Node TREATY = TreatyActions.TREATY;

    /** A column heading: its link sorts by it, the other way round when it is the current order. */
    public record Column(String name, String href, String order) {}

    /** The columns, by their {@code sort} key. */
    private static final Map<String, Comparator<Action>> ORDERS = Map.of(
            "party", Comparator.comparing(Action::party, NaturalOrder.INSTANCE),
            "action", Comparator.comparing(Action::kind),
            "date", Comparator.comparing(Action::sortDate),
            "place", Comparator.comparing(r -> r.place() == null ? "\uffff" : r.place()),
            "confidence", Comparator.comparing(Action::confidence),
            "source", Comparator.comparing(Action::source));
    private static final List<String> COLUMNS = List.of("party", "action", "date", "place", "confidence", "source");

    public final String title = "Signatories and parties";
    public final List<Action> rows;
    public final List<Column> columns;
    public final long signatures;
    public final long instruments;
    public final String counted;
    public final String sort;
    public final SignatoriesMap map;
    public final SignatureTimeline timeline;
    /** Instruments counted toward entry into force today, and how many it takes (art 65(1)). */
    public final int instrumentsCounted;
    public final int instrumentsRequired;

    private SignatoriesPage(List<Action> rows, List<Column> columns, String counted, String sort, SignatoriesMap map,
                            SignatureTimeline timeline, StatusReport today) {
        this.map = map;
        this.timeline = timeline;
        this.instrumentsCounted = today.instruments();
        this.instrumentsRequired = today.required();
        this.rows = rows;
        this.columns = columns;
        this.signatures = rows.stream().filter(r -> r.kind().equals("signature")).count();
        this.instruments = rows.stream().filter(r -> List.of("ratification", "acceptance", "approval", "accession")
                .contains(r.kind())).count();
        this.counted = counted;
        this.sort = sort;
    }

    public int rowCount() {
        return rows.size();
    }

    /**
     * @param sort a column name, "-" before it for descending; null: by party
     * @throws IllegalArgumentException for an unknown column
     */
    public static SignatoriesPage build(DatasetGraph dataset, IriRewriter rewriter, String sort) {
        String order = sort == null || sort.isBlank() ? "party" : sort.strip();
        boolean descending = order.startsWith("-");
        String key = descending ? order.substring(1) : order;
        Comparator<Action> comparator = ORDERS.get(key);
        if (comparator == null) {
            throw new IllegalArgumentException("Sort by one of " + String.join(", ", COLUMNS)
                    + " (\"-\" before it for descending), not '" + sort + "'.");
        }
        Comparator<Action> full = (descending ? comparator.reversed() : comparator)
                .thenComparing(Action::party, NaturalOrder.INSTANCE).thenComparing(Action::sortDate);
        return Txn.calculateRead(dataset, () -> {
            GraphFacts facts = new GraphFacts(dataset, rewriter);
            List<Action> rows = new ArrayList<>(TreatyActions.of(dataset, rewriter));
            rows.sort(full);
            List<Column> columns = COLUMNS.stream().map(c -> new Column(c,
                    rewriter.publicBase() + "signatories?sort=" + (c.equals(key) && !descending ? "-" : "") + c,
                    c.equals(key) ? (descending ? "descending" : "ascending") : "none")).toList();
            StatusService status = new StatusService(dataset);
            List<StatusEvent> events = status.events();
            StatusReport today = status.today();
            return new SignatoriesPage(rows, columns, counted(facts).orElse(null), order,
                    SignatoriesMap.build(facts, events, today), SignatureTimeline.of(events, today.date()), today);
        });
    }

    /** "12 of 40 instruments counted, as of 2025-11-16", from graph/status, when it is there. */
    private static Optional<String> counted(GraphFacts facts) {
        return facts.subjects(TG.term("ofTreaty"), TREATY).stream()
                .filter(s -> facts.number(s, TG.term("instrumentsCounted")).isPresent()).findFirst()
                .map(s -> facts.number(s, TG.term("instrumentsCounted")).orElse(0L) + " of "
                        + facts.number(TREATY, TG.term("entryIntoForceInstruments")).map(String::valueOf).orElse("40")
                        + " instruments counted toward entry into force"
                        + facts.text(s, TG.term("statusAsOf")).map(d -> ", as of " + d).orElse(""));
    }
}
