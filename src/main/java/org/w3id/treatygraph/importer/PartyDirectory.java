package org.w3id.treatygraph.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.treatygraph.vocab.TG;

/**
 * Finds the State or organization a depositary record means by a participant's name, without a hand-made name for
 * each: the names the curated data gives a party (depositary name, label, ISO preferred and alternative names,
 * official name) and the participant's name are both normalized — footnote marks, diacritics, case and punctuation
 * dropped, ISO's inverted forms ("Korea, Republic of") turned round ("Republic of Korea") — and compared. A form
 * with its qualifier dropped ("Venezuela" for "Venezuela (Bolivarian Republic of)" or for ISO's "Venezuela,
 * Bolivarian Republic of") is a weaker key, used only when no full form matches and it names one party alone (so
 * "Congo" never means the Democratic Republic of the Congo, nor "Korea" either Korea). An unknown name is reported
 * with the closest known names (edit distance).
 */
final class PartyDirectory {
    private static final List<Node> PARTY_CLASSES =
            List.of(TG.term("State"), TG.term("RegionalEconomicIntegrationOrganization"));
    private static final List<Node> NAME_PROPERTIES = List.of(TG.term("depositaryName"), RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), TG.term("officialName"));
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("(\\s*[0-9*†‡]+(\\s*,\\s*[0-9]+)*)+$");
    private static final Pattern QUALIFIER = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*(.*)$");
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private final Map<String, Set<Node>> strong = new HashMap<>();
    private final Map<String, Set<Node>> weak = new HashMap<>();
    private final Map<Node, String> displayNames = new HashMap<>();

    private PartyDirectory() {}

    static PartyDirectory of(DatasetGraph dataset) {
        PartyDirectory directory = new PartyDirectory();
        for (Node type : PARTY_CLASSES) {
            dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(typing -> {
                Node party = typing.getSubject();
                for (Node property : NAME_PROPERTIES) {
                    dataset.find(Node.ANY, party, property, Node.ANY).forEachRemaining(name -> {
                        if (name.getObject().isLiteral()) {
                            directory.add(party, name.getObject().getLiteralLexicalForm());
                        }
                    });
                }
            });
        }
        return directory;
    }

    private void add(Node party, String name) {
        displayNames.merge(party, name, (a, b) -> a);
        Keys keys = keys(name);
        keys.strong().forEach(key -> strong.computeIfAbsent(key, k -> new TreeSet<>(BY_IRI)).add(party));
        keys.weak().forEach(key -> weak.computeIfAbsent(key, k -> new TreeSet<>(BY_IRI)).add(party));
    }

    /** The party of that name; empty when none is known; fails when the name is ambiguous. */
    Optional<Node> find(String name) {
        Keys keys = keys(name);
        Set<Node> found = new TreeSet<>(BY_IRI);
        keys.strong().forEach(key -> found.addAll(strong.getOrDefault(key, Set.of())));
        if (found.isEmpty()) {
            for (String key : keys.all()) {
                Set<Node> byWeak = new TreeSet<>(BY_IRI);
                byWeak.addAll(strong.getOrDefault(key, Set.of()));
                byWeak.addAll(weak.getOrDefault(key, Set.of()));
                if (byWeak.size() == 1) {
                    found.addAll(byWeak);
                }
            }
        }
        if (found.size() > 1) {
            throw new IllegalStateException("the name '" + name + "' is ambiguous in the curated data: " + found);
        }
        return found.stream().findFirst();
    }

    /** Up to {@code limit} known parties whose names are closest to {@code name}, as "name <IRI>", closest first. */
    List<String> closest(String name, int limit) {
        String target = normalize(name);
        Map<Node, Integer> best = new HashMap<>();
        strong.forEach((key, parties) -> {
            int distance = editDistance(target, key);
            parties.forEach(party -> best.merge(party, distance, Math::min));
        });
        return best.entrySet().stream()
                .sorted(Map.Entry.<Node, Integer>comparingByValue().thenComparing(e -> e.getKey().getURI()))
                .limit(limit)
                .map(e -> displayNames.get(e.getKey()) + " <" + e.getKey().getURI() + ">")
                .toList();
    }

    /** The keys of a name: full forms (strong) and forms without their qualifier (weak). */
    static Keys keys(String name) {
        Set<String> strongKeys = new LinkedHashSet<>();
        Set<String> weakKeys = new LinkedHashSet<>();
        String text = stripFootnotes(name.strip());
        Matcher qualified = QUALIFIER.matcher(text);
        if (qualified.matches()) {
            String head = (qualified.group(1) + " " + qualified.group(3)).strip();
            String qualifier = qualified.group(2).strip();
            strongKeys.add(normalize(qualifier + " " + head));   // "Bolivarian Republic of Venezuela"
            strongKeys.add(normalize(head + " " + qualifier));   // "Holy See Vatican City State"
            weakKeys.add(normalize(head));                       // "Venezuela"
        } else if (text.contains(",")) {
            String head = text.substring(0, text.indexOf(',')).strip();
            String qualifier = text.substring(text.indexOf(',') + 1).strip();
            strongKeys.add(normalize(qualifier + " " + head));   // "Republic of Korea"
            strongKeys.add(normalize(text));
            weakKeys.add(normalize(head));                       // "Korea"
        } else {
            strongKeys.add(normalize(text));
        }
        strongKeys.remove("");
        weakKeys.remove("");
        weakKeys.removeAll(strongKeys);
        return new Keys(List.copyOf(strongKeys), List.copyOf(weakKeys));
    }

    record Keys(List<String> strong, List<String> weak) {
        List<String> all() {
            List<String> all = new ArrayList<>(strong);
            all.addAll(weak);
            return all;
        }
    }

    /** Lower case, no diacritics, no footnote marks, letters and digits only, one space between words, no leading "the". */
    static String normalize(String name) {
        String text = Normalizer.normalize(stripFootnotes(name), Normalizer.Form.NFKD);
        text = DIACRITICS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        text = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return text.startsWith("the ") ? text.substring(4) : text;
    }

    /** Drops footnote marks after a name: "Belgium 1", "Belgium1,2", "Belgium ¹", "Belgium*". */
    private static String stripFootnotes(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u00a0', ' ').strip();
        return FOOTNOTE_MARKS.matcher(text).replaceAll("").strip();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
