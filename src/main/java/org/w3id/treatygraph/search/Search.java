package org.w3id.treatygraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.treatygraph.linkeddata.ResourceDescriber;

/**
 * A search over the {@link SearchIndex}: the best literal of each resource, its kind, label, a snippet with
 * the matched words marked, and the property and named graph the literal is stated in.
 */
public final class Search {
    /** At most this many literals are read from the index before grouping by resource. */
    private static final int MAX_LITERALS = 1000;
    /** The snippet shows about this many characters around the first match. */
    private static final int SNIPPET = 220;

    private static final Pattern MARKED =
            Pattern.compile(Pattern.quote(SearchIndex.HIT_START) + "(.+?)" + Pattern.quote(SearchIndex.HIT_END));

    /** A run of snippet text, matched or not. */
    public record Part(String text, boolean hit) {}

    /** One resource found. */
    public record Result(Node resource, SearchKind kind, String label, double score, List<Part> snippet,
                         Node property, Node graph) {
        public String snippetText() {
            StringBuilder text = new StringBuilder();
            snippet.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }

    /** The answer: results in rank order, and the same results by kind. */
    public record Answer(String query, Set<SearchKind> kinds, List<Result> results) {
        public Map<SearchKind, List<Result>> groups() {
            Map<SearchKind, List<Result>> groups = new LinkedHashMap<>();
            for (SearchKind kind : SearchKind.values()) {
                List<Result> ofKind = results.stream().filter(r -> r.kind() == kind).toList();
                if (!ofKind.isEmpty()) {
                    groups.put(kind, ofKind);
                }
            }
            return groups;
        }
    }

    private final DatasetGraph dataset;
    private final SearchIndex index;

    public Search(DatasetGraph dataset, SearchIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    /**
     * The best {@code limit} resources of the kinds asked for (all when {@code kinds} is empty) that match
     * {@code query} (Lucene syntax: words, "phrases", AND/OR/NOT, prefix*).
     *
     * @throws IllegalArgumentException when the query is empty or not valid Lucene syntax
     */
    public Answer run(String query, Set<SearchKind> kinds, int limit) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("Give a text to search for, e.g. ?q=intimate");
        }
        List<TextHit> hits = index.query(query.strip(), MAX_LITERALS);
        Set<SearchKind> wanted = kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
        List<Result> results = Txn.calculateRead(dataset, () -> {
            // Hits come best first, so a resource's first hit is its best: rank on it, describe only the top.
            Map<Node, Candidate> candidates = new LinkedHashMap<>();
            Set<Node> seen = new HashSet<>();
            for (TextHit hit : hits) {
                Node resource = hit.getNode();
                if (seen.add(resource)) {
                    SearchKind kind = kindOf(resource);
                    if (wanted.contains(kind)) {
                        candidates.put(resource, new Candidate(resource, kind, hit, hit.getScore() * kind.weight()));
                    }
                }
            }
            return candidates.values().stream()
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                            .thenComparing(c -> c.resource().getURI()))
                    .limit(limit)
                    .map(c -> result(c.resource(), c.kind(), c.hit(), c.score()))
                    .toList();
        });
        return new Answer(query.strip(), kinds, results);
    }

    private record Candidate(Node resource, SearchKind kind, TextHit hit, double score) {}

    private SearchKind kindOf(Node resource) {
        Set<Node> types = new HashSet<>();
        dataset.find(Node.ANY, resource, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        return SearchKind.of(types);
    }

    private Result result(Node resource, SearchKind kind, TextHit hit, double score) {
        String marked = hit.getLiteral() == null ? "" : hit.getLiteral().getLiteralLexicalForm();
        String fragment = marked.replace(SearchIndex.HIT_START, "").replace(SearchIndex.HIT_END, "");
        // Lucene's fragment may stop short of the literal's end: find the whole literal it came from.
        Optional<Quad> stated = dataset.stream(Node.ANY, resource, Node.ANY, Node.ANY)
                .filter(q -> q.getObject().isLiteral() && SearchIndex.PREDICATES.contains(q.getPredicate())
                        && q.getObject().getLiteralLexicalForm().contains(fragment))
                .min(Comparator.comparingInt(q -> q.getObject().getLiteralLexicalForm().length()));
        String text = stated.map(q -> q.getObject().getLiteralLexicalForm()).orElse(fragment);
        return new Result(resource, kind, label(resource), score, snippet(mark(text, marked)),
                stated.map(Quad::getPredicate).orElse(null), stated.map(Quad::getGraph).orElse(null));
    }

    /** {@code text} with the words Lucene marked in {@code marked} marked wherever they occur. */
    static String mark(String text, String marked) {
        Set<String> words = new java.util.TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Matcher m = MARKED.matcher(marked);
        while (m.find()) {
            words.add(Pattern.quote(m.group(1)));
        }
        if (words.isEmpty()) {
            return text;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", words) + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                SearchIndex.HIT_START + r.group(1) + SearchIndex.HIT_END));
    }

    private String label(Node resource) {
        for (Node property : ResourceDescriber.LABELS) {
            Optional<String> label = dataset.stream(Node.ANY, resource, property, Node.ANY)
                    .map(Quad::getObject).filter(Node::isLiteral)
                    .sorted(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en")))
                    .map(Node::getLiteralLexicalForm).findFirst();
            if (label.isPresent()) {
                return label.get();
            }
        }
        String iri = resource.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The text around the first match, split into plain and matched runs. */
    static List<Part> snippet(String marked) {
        int first = marked.indexOf(SearchIndex.HIT_START);
        int from = 0;
        int to = marked.length();
        if (marked.length() > SNIPPET) {
            from = Math.max(0, (first < 0 ? 0 : first) - SNIPPET / 3);
            to = Math.min(marked.length(), from + SNIPPET);
            while (from > 0 && from < to && !Character.isWhitespace(marked.charAt(from - 1))) {
                from++;
            }
        }
        String window = marked.substring(from, to);
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("… ", false));
        }
        boolean inHit = false;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            String s = String.valueOf(c);
            if (s.equals(SearchIndex.HIT_START) || s.equals(SearchIndex.HIT_END)) {
                if (run.length() > 0) {
                    parts.add(new Part(run.toString(), inHit));
                    run.setLength(0);
                }
                inHit = s.equals(SearchIndex.HIT_START);
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), inHit));
        }
        if (to < marked.length()) {
            parts.add(new Part(" …", false));
        }
        return parts;
    }
}
