package org.w3id.treatygraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a provision as people write it — "art 16(5)", "Article 17(2)(d)", "Budapest art 2",
 * "UNTOC article 18", "UNCAC art. 26", "16(5)" — or given as parameters: the treaty (when named), the article,
 * the paragraph and the subparagraph letter. Pure: it does not know what the graph holds.
 */
public record Citation(Optional<String> treaty, int article, Optional<Integer> paragraph, Optional<String> subparagraph) {

    /** Names of the treaties, by the slug of their IRI. */
    static final Map<String, String> TREATY_NAMES = new LinkedHashMap<>();

    static {
        TREATY_NAMES.put("un-cybercrime-convention", "UN Convention against Cybercrime");
        TREATY_NAMES.put("budapest-convention", "Budapest Convention");
        TREATY_NAMES.put("untoc", "UNTOC");
        TREATY_NAMES.put("uncac", "UNCAC");
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("hanoi", "un-cybercrime-convention"), Map.entry("hanoi convention", "un-cybercrime-convention"),
            Map.entry("un cybercrime convention", "un-cybercrime-convention"),
            Map.entry("un-cybercrime-convention", "un-cybercrime-convention"),
            Map.entry("uncc", "un-cybercrime-convention"), Map.entry("cybercrime convention", "un-cybercrime-convention"),
            Map.entry("budapest", "budapest-convention"), Map.entry("budapest convention", "budapest-convention"),
            Map.entry("budapest-convention", "budapest-convention"), Map.entry("ets 185", "budapest-convention"),
            Map.entry("ets185", "budapest-convention"), Map.entry("coe", "budapest-convention"),
            Map.entry("untoc", "untoc"), Map.entry("palermo", "untoc"), Map.entry("palermo convention", "untoc"),
            Map.entry("uncac", "uncac"), Map.entry("merida", "uncac"), Map.entry("mérida", "uncac"));

    private static final Pattern CITATION = Pattern.compile(
            "^(?:(?!(?:art|arts|article|articles|para|paragraph)\\b)(?<treaty>[\\p{L}][\\p{L}\\d\\s.-]*?)[\\s,]+)?(?:(?:art(?:icle)?s?\\.?|§)\\s*)?(?<article>\\d{1,3})"
                    + "(?:\\s*\\(\\s*(?<para>\\d{1,3})\\s*\\)|\\s*(?:,\\s*)?(?:para(?:graph)?\\.?|§)\\s*(?<para2>\\d{1,3}))?"
                    + "(?:\\s*\\(\\s*(?<sub>[a-z])\\s*\\)|\\s*(?:,\\s*)?(?:subpara(?:graph)?\\.?)\\s*\\(?(?<sub2>[a-z])\\)?)?"
                    + "(?:\\s+(?:of\\s+)?(?:the\\s+)?(?<after>[\\p{L}][\\p{L}\\d\\s.-]*))?$");

    /**
     * Reads a citation.
     *
     * @throws IllegalArgumentException when the text is no citation or names an unknown treaty
     */
    public static Citation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give a citation, e.g. ?q=art 16(5) or ?q=Budapest art 2, or ?article=16&paragraph=5.");
        }
        String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = CITATION.matcher(normalized);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a citation this server reads. Write e.g. "
                    + "\"art 16(5)\", \"article 17(2)(d)\", \"Budapest art 2\", \"UNTOC art 18\" or \"UNCAC art 26\".");
        }
        String treatyName = m.group("treaty") != null ? m.group("treaty") : m.group("after");
        Optional<String> treaty = treatyName == null ? Optional.empty() : Optional.of(treaty(treatyName));
        String para = m.group("para") != null ? m.group("para") : m.group("para2");
        String sub = m.group("sub") != null ? m.group("sub") : m.group("sub2");
        return new Citation(treaty, Integer.parseInt(m.group("article")),
                Optional.ofNullable(para).map(Integer::parseInt), Optional.ofNullable(sub));
    }

    /**
     * A citation from parameters.
     *
     * @throws IllegalArgumentException when a number or the treaty is not understood
     */
    public static Citation of(String treaty, String article, String paragraph, String subparagraph) {
        try {
            return new Citation(treaty == null || treaty.isBlank() ? Optional.empty() : Optional.of(treaty(treaty)),
                    Integer.parseInt(article.strip()),
                    paragraph == null || paragraph.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(paragraph.strip())),
                    subparagraph == null || subparagraph.isBlank() ? Optional.empty()
                            : Optional.of(subparagraph.strip().toLowerCase(Locale.ROOT)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("article and paragraph are numbers, e.g. ?article=16&paragraph=5.");
        }
    }

    /** The slug of a treaty named in a citation. */
    public static String treaty(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("^the ", "").strip();
        String slug = ALIASES.get(key);
        if (slug == null) {
            throw new IllegalArgumentException("Unknown treaty '" + name.strip() + "'. Known: Hanoi (the UN Convention"
                    + " against Cybercrime, the default), Budapest, UNTOC, UNCAC.");
        }
        return slug;
    }

    /** The treaties to look in: the one named, or all of them. */
    List<String> treaties() {
        return treaty.map(List::of).orElseGet(() -> List.copyOf(TREATY_NAMES.keySet()));
    }

    /** The IRI path (below {@code id/}) of this citation in {@code treaty}. */
    public String path(String treatySlug) {
        StringBuilder path = new StringBuilder("treaty/").append(treatySlug).append("/article/").append(article);
        paragraph.ifPresent(p -> path.append("/paragraph/").append(p));
        subparagraph.ifPresent(s -> path.append(paragraph.isPresent() ? "" : "/paragraph/1").append("/subparagraph/").append(s));
        return path.toString();
    }

    /** As people write it: "art 16(5)(a)". */
    String describe() {
        return "art " + article + paragraph.map(p -> "(" + p + ")").orElse("") + subparagraph.map(s -> "(" + s + ")").orElse("");
    }
}
