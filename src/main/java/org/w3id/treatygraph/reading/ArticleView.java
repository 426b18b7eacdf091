package org.w3id.treatygraph.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.http.Link;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * The reading view of an article: its paragraphs in order (and their lettered subparagraphs), each with its
 * modality, bearer, summary or official text, the defined terms it uses, what it cites and what cites it;
 * and "compare provisions": its counterparts in the other treaties with the kind of correspondence, its
 * confidence and source, and under each paragraph its paragraph-level matches (the crosswalk).
 */
public final class ArticleView {
    private static final Node ELI_CITES = NodeFactory.createURI(Vocab.ELI + "cites");

    /**
     * A paragraph or subparagraph; {@code graph} is the named graph stating it (its type), {@code confidence} the
     * label of its confidence, {@code source} the document it was read in and {@code page} the page there.
     */
    public record Provision(String number, String label, String anchor, String href, String modality,
                            String modalityStyle, String bearer, String summary, String keyPhrase,
                            String officialText, String officialLanguage, List<Link> terms, List<Link> cites,
                            List<Link> citedBy, List<Provision> subparagraphs, String graph, String confidence,
                            String source, Long page, List<ParagraphMatches.Match> matches) {
        public boolean hasTerms() {
            return !terms.isEmpty();
        }

        public boolean hasCites() {
            return !cites.isEmpty();
        }

        public boolean hasCitedBy() {
            return !citedBy.isEmpty();
        }

        public int citedByCount() {
            return citedBy.size();
        }

        /** Long lists of citing provisions are collapsed behind their count. */
        public boolean manyCitedBy() {
            return citedBy.size() > 6;
        }

        public boolean hasSubparagraphs() {
            return !subparagraphs.isEmpty();
        }

        public boolean hasMatches() {
            return !matches.isEmpty();
        }

        public int matchCount() {
            return matches.size();
        }
    }

    /** One judgement of how this article compares with a provision of another treaty, and the graph stating it. */
    public record Counterpart(String treaty, String treatyHref, String article, String href, String kind,
                              String kindStyle, String kindDefinition, String confidence, String source,
                              String sourceHref, String note, List<String> requires, String correspondenceHref,
                              String graph) {
        public boolean hasRequires() {
            return !requires.isEmpty();
        }
    }

    /** The article itself: title, label, IRI, chapter, the named graph stating it and its confidence. */
    public record Heading(String title, String label, String href, String chapter, String chapterHref, String graph,
                          String confidence) {}

    /** An obligation the article imposes, with the paragraph it is in. */
    public record Obligation(String href, String label, String paragraphHref, String modality, String bearer,
                             String action, String graph, String confidence) {}

    public final Heading heading;
    /** The obligations one by one (the page shows their counts, {@link #obligations}). */
    public final List<Obligation> obligationList;
    public final List<Provision> paragraphs;
    public final List<ModalityCount> obligations;
    public final List<Counterpart> counterparts;
    public final List<Link> citedByAsAWhole;
    /** Reservations, declarations and notifications made under the article or one of its paragraphs. */
    public final List<Link> reservations;
    public final String treatyName;

    private ArticleView(Heading heading, List<Obligation> obligationList, List<Provision> paragraphs, List<ModalityCount> obligations, List<Counterpart> counterparts,
                        List<Link> citedByAsAWhole, List<Link> reservations, String treatyName) {
        this.heading = heading;
        this.obligationList = obligationList;
        this.paragraphs = paragraphs;
        this.obligations = obligations;
        this.counterparts = counterparts;
        this.citedByAsAWhole = citedByAsAWhole;
        this.reservations = reservations;
        this.treatyName = treatyName;
    }

    public boolean hasReservations() {
        return !reservations.isEmpty();
    }

    public boolean hasParagraphs() {
        return !paragraphs.isEmpty();
    }

    public boolean hasCounterparts() {
        return !counterparts.isEmpty();
    }

    public boolean hasCitedByAsAWhole() {
        return !citedByAsAWhole.isEmpty();
    }

    public int paragraphCount() {
        return paragraphs.size();
    }

    public static ArticleView of(Node article, DatasetGraph dataset, IriRewriter rewriter) {
        return Txn.calculateRead(dataset, () -> build(article, new GraphFacts(dataset, rewriter)));
    }

    private static ArticleView build(Node article, GraphFacts facts) {
        List<Provision> paragraphs = facts.subjects(TG.term("article"), article).stream()
                .filter(p -> facts.has(p, RDF.type.asNode(), TG.term("Paragraph")))
                .sorted(Comparator.comparingLong(p -> facts.number(p, TG.term("number")).orElse(0L)))
                .map(p -> provision(p, facts, facts.subjects(TG.term("parentParagraph"), p).stream()
                        .sorted(Comparator.comparingLong(s -> facts.number(s, TG.term("number")).orElse(0L)))
                        .map(s -> provision(s, facts, List.of())).toList()))
                .toList();
        Map<Modality, Long> counts = new EnumMap<>(Modality.class);
        for (Node obligation : facts.subjects(TG.term("imposedBy"), article)) {
            facts.object(obligation, TG.term("modality")).flatMap(Modality::of).ifPresent(m -> counts.merge(m, 1L, Long::sum));
        }
        List<Counterpart> counterparts = new ArrayList<>();
        facts.subjects(TG.term("fromResource"), article).forEach(c -> counterparts.add(counterpart(c, article, facts)));
        facts.subjects(TG.term("toResource"), article).forEach(c -> counterparts.add(counterpart(c, article, facts)));
        counterparts.sort(Comparator.comparing(Counterpart::treaty).thenComparing(Counterpart::article, NaturalOrder.INSTANCE));
        String treatyName = facts.object(article, TG.term("treaty")).map(facts::label).orElse("");
        List<Node> concerned = new ArrayList<>(List.of(article));
        facts.subjects(TG.term("article"), article).forEach(concerned::add);
        List<Node> reservations = concerned.stream()
                .flatMap(p -> facts.subjects(TG.term("concernsProvision"), p).stream()).distinct().toList();
        return new ArticleView(heading(article, facts), obligations(article, facts), paragraphs, ModalityCount.of(counts), counterparts,
                facts.links(facts.subjects(ELI_CITES, article)), facts.links(reservations), treatyName);
    }

    private static List<Obligation> obligations(Node article, GraphFacts facts) {
        IriRewriter rewriter = facts.rewriter();
        return facts.subjects(TG.term("imposedBy"), article).stream()
                .map(o -> new Obligation(rewriter.toPublic(o.getURI()), facts.label(o),
                        facts.object(o, TG.term("inParagraph")).map(p -> rewriter.toPublic(p.getURI())).orElse(null),
                        facts.object(o, TG.term("modality")).flatMap(Modality::of).map(Modality::word).orElse(null),
                        facts.object(o, TG.term("bearer")).map(facts::label).orElse(null),
                        facts.text(o, TG.term("action")).orElse(null), facts.graphHref(o, RDF.type.asNode()),
                        facts.object(o, TG.term("confidence")).map(facts::label).orElse(null)))
                .sorted(Comparator.comparing(Obligation::label, NaturalOrder.INSTANCE)).toList();
    }

    private static Heading heading(Node article, GraphFacts facts) {
        Optional<Node> chapter = facts.object(article, TG.term("chapter"));
        return new Heading(facts.text(article, Vocab.ELI_TITLE).orElse(null), facts.label(article),
                facts.rewriter().toPublic(article.getURI()), chapter.map(facts::label).orElse(null),
                chapter.map(c -> facts.rewriter().toPublic(c.getURI())).orElse(null),
                facts.graphHref(article, RDF.type.asNode()),
                facts.object(article, TG.term("confidence")).map(facts::label).orElse(null));
    }

    private static Provision provision(Node provision, GraphFacts facts, List<Provision> subparagraphs) {
        String number = facts.text(provision, NodeFactory.createURI(Vocab.ELI + "number")).orElse("");
        Optional<Modality> modality = facts.object(provision, TG.term("provisionModality")).flatMap(Modality::of);
        Optional<Node> official = facts.literal(provision, TG.term("officialText"));
        String iri = provision.getURI();
        return new Provision(number, facts.label(provision), iri.substring(iri.indexOf("/paragraph/") + 1).replace('/', '-'),
                facts.rewriter().toPublic(iri),
                modality.map(Modality::word).orElse(null), modality.map(Modality::style).orElse(null),
                facts.object(provision, TG.term("provisionBearer")).map(facts::label).orElse(null),
                facts.text(provision, DCTerms.abstract_.asNode()).orElse(null),
                facts.text(provision, TG.term("keyPhrase")).orElse(null),
                official.map(Node::getLiteralLexicalForm).orElse(null), official.map(Node::getLiteralLanguage).orElse(null),
                facts.links(facts.objects(provision, TG.term("usesTerm"))),
                facts.links(facts.objects(provision, ELI_CITES)),
                facts.links(facts.subjects(ELI_CITES, provision)), subparagraphs,
                facts.graphHref(provision, RDF.type.asNode()),
                facts.object(provision, TG.term("confidence")).map(facts::label).orElse(null),
                facts.object(provision, DCTerms.source.asNode()).filter(Node::isURI)
                        .map(n -> facts.rewriter().toPublic(n.getURI())).orElse(null),
                facts.number(provision, TG.term("page")).orElse(null), ParagraphMatches.of(provision, facts));
    }

    private static Counterpart counterpart(Node correspondence, Node article, GraphFacts facts) {
        Optional<Node> from = facts.object(correspondence, TG.term("fromResource"));
        Optional<Node> to = facts.object(correspondence, TG.term("toResource"));
        // Seen from this article: the other side, and the other side's treaty.
        Optional<Node> other = from.filter(f -> !f.equals(article)).or(() -> to.filter(t -> !t.equals(article)));
        Node treaty = other.flatMap(o -> facts.object(o, TG.term("treaty")))
                .or(() -> facts.object(correspondence, TG.term("comparedWith"))).orElse(article);
        Optional<Node> kind = facts.object(correspondence, TG.term("correspondenceKind"));
        Optional<Node> source = facts.object(correspondence, DCTerms.source.asNode());
        List<String> requires = other.map(o -> facts.subjects(TG.term("imposedBy"), o).stream()
                .sorted(Comparator.comparing(facts::label, NaturalOrder.INSTANCE))
                .map(ob -> facts.text(ob, TG.term("action")).orElse(facts.label(ob))).toList()).orElse(List.of());
        IriRewriter rewriter = facts.rewriter();
        return new Counterpart(facts.label(treaty), rewriter.toPublic(treaty.getURI()),
                other.map(facts::label).orElse("No counterpart"), other.map(o -> rewriter.toPublic(o.getURI())).orElse(null),
                kind.map(facts::label).orElse(""), kind.map(k -> k.getURI().substring(TG.NS.length()).toLowerCase()).orElse(""),
                kind.flatMap(k -> facts.text(k, NodeFactory.createURI(Vocab.SKOS + "definition"))).orElse(null),
                facts.object(correspondence, TG.term("confidence")).map(facts::label).orElse(null),
                source.map(facts::label).orElse(null), source.map(s -> rewriter.toPublic(s.getURI())).orElse(null),
                facts.text(correspondence, TG.term("note")).orElse(null), requires,
                rewriter.toPublic(correspondence.getURI()), facts.graphHref(correspondence, RDF.type.asNode()));
    }
}
