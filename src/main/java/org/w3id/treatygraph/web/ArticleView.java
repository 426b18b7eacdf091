package org.w3id.treatygraph.web;

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

    /** A paragraph or subparagraph. */
    public record Provision(String number, String label, String anchor, String href, String modality,
                            String modalityStyle, String bearer, String summary, String keyPhrase,
                            String officialText, String officialLanguage, List<Link> terms, List<Link> cites,
                            List<Link> citedBy, List<Provision> subparagraphs, List<ParagraphMatches.Match> matches) {
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

    /** One judgement of how this article compares with a provision of another treaty. */
    public record Counterpart(String treaty, String treatyHref, String article, String href, String kind,
                              String kindStyle, String kindDefinition, String confidence, String source,
                              String sourceHref, String note, List<String> requires, String correspondenceHref) {
        public boolean hasRequires() {
            return !requires.isEmpty();
        }
    }

    public final List<Provision> paragraphs;
    public final List<ModalityCount> obligations;
    public final List<Counterpart> counterparts;
    public final List<Link> citedByAsAWhole;
    /** Reservations, declarations and notifications made under the article or one of its paragraphs. */
    public final List<Link> reservations;
    public final String treatyName;

    private ArticleView(List<Provision> paragraphs, List<ModalityCount> obligations, List<Counterpart> counterparts,
                        List<Link> citedByAsAWhole, List<Link> reservations, String treatyName) {
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
        return new ArticleView(paragraphs, ModalityCount.of(counts), counterparts,
                facts.links(facts.subjects(ELI_CITES, article)), facts.links(reservations), treatyName);
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
                facts.links(facts.subjects(ELI_CITES, provision)), subparagraphs, ParagraphMatches.of(provision, facts));
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
                rewriter.toPublic(correspondence.getURI()));
    }
}
