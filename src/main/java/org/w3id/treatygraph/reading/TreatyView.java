package org.w3id.treatygraph.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The reading view of a treaty: its adoption and entry-into-force rule, and a table of contents — chapters in
 * numeric order, their articles in numeric order with titles and the count of obligations by modality.
 */
public final class TreatyView {
    /** A fact of the treaty shown at the top: a name and a value (linked when it is a resource). */
    public record Fact(String name, String value, String href) {
        /** A fact of more than a line (a rule, the signature arrangements) takes the whole width. */
        public boolean wide() {
            return value.length() > 60;
        }
    }

    /** An article in the table of contents, and the named graph stating it. */
    public record Entry(long number, String title, String href, List<ModalityCount> obligations, String graph) {
        public boolean hasObligations() {
            return !obligations.isEmpty();
        }
    }

    /** A chapter (or, for a treaty without chapters, all its articles) in the table of contents. */
    public record Part(String heading, String href, List<Entry> articles, long obligationCount) {
        public int articleCount() {
            return articles.size();
        }

        public boolean hasObligations() {
            return obligationCount > 0;
        }

        public String articlesText() {
            return articles.size() == 1 ? "1 article" : articles.size() + " articles";
        }
    }

    public final String summary;
    public final List<Fact> facts;
    public final List<Part> parts;
    public final int articleCount;
    public final List<ModalityCount> obligations;

    private TreatyView(String summary, List<Fact> facts, List<Part> parts, List<ModalityCount> obligations) {
        this.summary = summary;
        this.facts = facts;
        this.parts = parts;
        this.articleCount = parts.stream().mapToInt(Part::articleCount).sum();
        this.obligations = obligations;
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    public static TreatyView of(Node treaty, DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> build(treaty, new GraphFacts(dataset, rewriter)));
    }

    private static TreatyView build(Node treaty, GraphFacts facts) {
        Map<Node, List<Entry>> byChapter = new LinkedHashMap<>();
        Map<Modality, Long> totals = new EnumMap<>(Modality.class);
        for (Node article : facts.subjects(TG.term("treaty"), treaty)) {
            if (!facts.has(article, RDF.type.asNode(), TG.term("Article"))) {
                continue;
            }
            Map<Modality, Long> counts = new EnumMap<>(Modality.class);
            for (Node obligation : facts.subjects(TG.term("imposedBy"), article)) {
                facts.object(obligation, TG.term("modality")).flatMap(Modality::of)
                        .ifPresent(m -> counts.merge(m, 1L, Long::sum));
            }
            counts.forEach((m, n) -> totals.merge(m, n, Long::sum));
            Entry entry = new Entry(facts.number(article, TG.term("number")).orElse(0L),
                    facts.text(article, Vocab.ELI_TITLE).orElse(facts.label(article)),
                    facts.rewriter().toPublic(article.getURI()), ModalityCount.of(counts),
                    facts.graphHref(article, RDF.type.asNode()));
            byChapter.computeIfAbsent(facts.object(article, TG.term("chapter")).orElse(Node.ANY), c -> new ArrayList<>())
                    .add(entry);
        }
        List<Part> parts = new ArrayList<>();
        byChapter.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey() == Node.ANY ? Long.MAX_VALUE
                        : facts.number(e.getKey(), TG.term("number")).orElse(Long.MAX_VALUE - 1)))
                .forEach(e -> {
                    List<Entry> articles = e.getValue().stream().sorted(Comparator.comparingLong(Entry::number)).toList();
                    long obligations = articles.stream().flatMap(a -> a.obligations().stream())
                            .mapToLong(ModalityCount::count).sum();
                    Node chapter = e.getKey();
                    parts.add(chapter == Node.ANY
                            ? new Part(byChapter.size() == 1 ? "Articles" : "Articles outside chapters", null, articles, obligations)
                            : new Part(heading(chapter, facts), facts.rewriter().toPublic(chapter.getURI()), articles, obligations));
                });
        return new TreatyView(facts.text(treaty, Vocab.ELI_TITLE).orElse(null), facts(treaty, facts), parts,
                ModalityCount.of(totals));
    }

    private static String heading(Node chapter, GraphFacts facts) {
        Optional<Long> number = facts.number(chapter, TG.term("number"));
        String title = facts.text(chapter, Vocab.ELI_TITLE).orElse("");
        return number.map(n -> "Chapter " + NaturalOrder.toRoman(n.intValue()) + (title.isEmpty() ? "" : ". " + title))
                .orElse(facts.label(chapter));
    }

    private static List<Fact> facts(Node treaty, GraphFacts facts) {
        List<Fact> list = new ArrayList<>();
        facts.text(treaty, org.apache.jena.graph.NodeFactory.createURI(Vocab.ELI + "date_document")).ifPresent(d -> list.add(new Fact("Adopted", d, null)));
        add(list, facts, "Adopted by", treaty, TG.term("adoptedBy"));
        add(list, facts, "Adopting resolution", treaty, TG.term("adoptedByResolution"));
        facts.text(treaty, TG.term("openForSignatureFrom")).ifPresent(d -> list.add(new Fact("Open for signature",
                d + facts.text(treaty, TG.term("openForSignatureUntil")).map(u -> " to " + u).orElse(""), null)));
        facts.text(treaty, TG.term("signatureArrangements")).ifPresent(t -> list.add(new Fact("Signature", t, null)));
        facts.text(treaty, TG.term("entryIntoForceRule")).ifPresent(t -> list.add(new Fact("Entry into force", t, null)));
        facts.number(treaty, TG.term("entryIntoForceInstruments")).ifPresent(n -> list.add(new Fact(
                "Instruments needed", n + facts.number(treaty, TG.term("entryIntoForceDelayDays"))
                .map(d -> ", then " + d + " days").orElse(""), null)));
        add(list, facts, "Depositary", treaty, TG.term("depositary"));
        list.sort(Comparator.comparing(Fact::wide));
        return list;
    }

    private static void add(List<Fact> list, GraphFacts facts, String name, Node treaty, Node property) {
        facts.object(treaty, property).filter(Node::isURI).ifPresent(o -> {
            Link link = facts.link(o);
            list.add(new Fact(name, link.text(), link.href()));
        });
    }
}
