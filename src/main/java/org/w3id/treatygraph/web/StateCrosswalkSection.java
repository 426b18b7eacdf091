package org.w3id.treatygraph.web;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.treatygraph.crosswalk.CoverageReport;
import org.w3id.treatygraph.crosswalk.CoverageStatus;
import org.w3id.treatygraph.crosswalk.CrosswalkCoverage;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The State page's summary of the crosswalk coverage today: how many of the mapped Hanoi obligations would be new
 * for it, partly carried or already carried through its status under the older treaties, each count linking to the
 * full answer at {@code /crosswalk} (the table would double the page's length).
 */
final class StateCrosswalkSection {
    private StateCrosswalkSection() {}

    static StateView.Section of(Node state, DatasetGraph dataset, IriRewriter rewriter) {
        String code = state.getURI().substring(TG.id("state/").getURI().length());
        LocalDate today = LocalDate.now();
        CoverageReport report = new CrosswalkCoverage(dataset).at(state.getURI(), today, null);
        String page = rewriter.url("crosswalk?party=" + code + "&at=" + today);
        List<StateView.Item> items = List.of(CoverageStatus.NEW, CoverageStatus.PARTLY, CoverageStatus.COVERED).stream()
                .map(status -> new StateView.Item(report.with(status).size() + " " + shown(status),
                        page + "#crosswalk-" + status.word(), null, null, null))
                .toList();
        return new StateView.Section("crosswalk", "New obligations for this State if it ratifies",
                "The Hanoi obligations in the paragraphs the crosswalk maps, against the counterparts this State is"
                        + " bound by today through the Budapest Convention, UNTOC and UNCAC as far as the graph records"
                        + " its status under them (" + report.notMapped() + " obligations in paragraphs not mapped yet"
                        + " are not assessed).", items, null);
    }

    private static String shown(CoverageStatus status) {
        return switch (status) {
            case NEW -> "new for it";
            case PARTLY -> "partly carried already";
            case COVERED -> "already carried through an older treaty";
        };
    }
}
