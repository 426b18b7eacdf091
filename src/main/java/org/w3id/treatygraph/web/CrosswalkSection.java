package org.w3id.treatygraph.web;

import java.util.List;
import org.w3id.treatygraph.crosswalk.Counterpart;
import org.w3id.treatygraph.crosswalk.CoverageReport;
import org.w3id.treatygraph.crosswalk.CoverageStatus;
import org.w3id.treatygraph.crosswalk.ObligationCoverage;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;

/**
 * The model of {@code crosswalk-section.mustache}: for one State on one date, the Hanoi obligations of the mapped
 * provisions in three groups (new, partly carried, carried), each with its counterparts, whether the State is bound
 * by their treaty, the kind of match and the curator's note. The {@code /crosswalk} page shows it; a State's page
 * can include the same partial with this model.
 */
public record CrosswalkSection(String party, String date, List<Group> groups, int notMapped, List<Record> records,
                               String json) {

    /** What the data records of the State under one compared treaty; none recorded means its status is unknown. */
    public record Record(String treaty, int actions, boolean unknown) {}

    /** One group of obligations with the same status. */
    public record Group(String id, String heading, String description, int count, List<Row> rows) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** One obligation and its counterparts. */
    public record Row(Link obligation, Link provision, String modality, List<Match> matches) {}

    /** One counterpart: the treaty's provision (or "no counterpart"), the kind, and the State's consent to it. */
    public record Match(String treaty, Link provision, String kind, String bound, String confidence, String note,
                        String evidence) {}

    public static CrosswalkSection of(CoverageReport report, IriRewriter rewriter, String json) {
        List<Group> groups = List.of(
                group(report, CoverageStatus.NEW, "New obligations for " + report.partyLabel() + " if it ratifies", rewriter),
                group(report, CoverageStatus.PARTLY, "Partly carried already", rewriter),
                group(report, CoverageStatus.COVERED, "Already carried through an older treaty", rewriter));
        List<Record> records = report.records().stream()
                .map(r -> new Record(r.treatyLabel(), r.actions(), !r.recorded())).toList();
        return new CrosswalkSection(report.partyLabel(), report.at().toString(), groups, report.notMapped(), records,
                json);
    }

    private static Group group(CoverageReport report, CoverageStatus status, String heading, IriRewriter rewriter) {
        List<Row> rows = report.with(status).stream().map(o -> row(o, rewriter)).toList();
        return new Group("crosswalk-" + status.word(), heading, status.description(), rows.size(), rows);
    }

    private static Row row(ObligationCoverage o, IriRewriter rewriter) {
        return new Row(Link.of(o.label(), rewriter.toPublic(o.obligation())),
                Link.of(o.provisionLabel(), rewriter.toPublic(o.provision())),
                o.modality().substring(o.modality().lastIndexOf('#') + 1),
                o.counterparts().stream().map(c -> match(c, rewriter)).toList());
    }

    private static Match match(Counterpart c, IriRewriter rewriter) {
        Link provision = c.provision() == null ? null : Link.of(c.provisionLabel(), rewriter.toPublic(c.provision()));
        String bound = c.bound() ? "party (instrument by " + c.consentBy() + ")" : "not a party by this date in the data";
        String confidence = c.confidence().substring(c.confidence().lastIndexOf('#') + 1).toLowerCase(java.util.Locale.ROOT);
        return new Match(c.treatyLabel(), provision, c.kindName(), bound, confidence, c.note(), c.evidence());
    }
}
