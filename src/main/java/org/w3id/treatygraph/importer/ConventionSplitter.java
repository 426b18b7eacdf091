package org.w3id.treatygraph.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.treatygraph.importer.ConventionText.Article;
import org.w3id.treatygraph.importer.ConventionText.Paragraph;
import org.w3id.treatygraph.importer.ConventionText.Subparagraph;
import org.w3id.treatygraph.importer.TextLanguage.Heading;
import org.w3id.treatygraph.importer.TextLanguage.Marker;

/**
 * Splits the text of a UN resolution whose annex is a treaty into the treaty's articles, paragraphs and lettered
 * subparagraphs, by the document's own numbering. Pure: the text of each page in, the structure out.
 *
 * <p>The layout conventions it relies on: page furniture (the document symbol, the job number such as
 * "24-24977", page numbers, a running head repeated on many pages) stands in the first or last lines of a page;
 * the treaty follows a line holding only the annex heading; each article starts with a line holding only its
 * heading ("Article 5") followed by its title (a title that wraps goes on with a lower-case letter); chapter
 * headings and their titles stand between articles; a paragraph starts with its number ("2. ") and a
 * subparagraph with its letter ("(b) ") at the start of a line after a line that ends a sentence or a clause
 * ("…;", "…:", "…; and", or a lone "and" after a list's closing words), or alone on their line before the text; sub-subparagraphs ("(i)", "(ii)") stay in
 * their subparagraph's text; a compound broken at its hyphen is joined; the closing formula ("IN WITNESS
 * WHEREOF") ends the treaty.
 */
public final class ConventionSplitter {
    private static final int EDGE_LINES = 6;
    /** Shorter lines are never taken for a running head: a marker alone on its line ("(a)", "1.") recurs too. */
    private static final int MIN_RUNNING_HEAD = 10;
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:\\d{1,3}(?:/\\d{1,3})?|\\d{2}-\\d{5}|\\([A-Z]\\)|A/RES/\\d+/\\d+|\\*\\d+\\*)"
                    + "(?:\\s+(?:\\d{1,3}(?:/\\d{1,3})?|\\d{2}-\\d{5}|\\([A-Z]\\)|A/RES/\\d+/\\d+|\\*\\d+\\*))*$");
    /** A line that ends a clause: with its punctuation, with "; and" / "; or", or a conjunction alone on its line. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("(?:[.;:。；：؛]|[;；؛]\\s*\\S+)$|^\\p{L}{1,5}$");
    private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB06]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:。；：؛]$");

    private final TextLanguage language;

    public ConventionSplitter(TextLanguage language) {
        this.language = language;
    }

    /**
     * The treaty in the annex of the document whose pages are given.
     *
     * @throws OfficialTextException when there is no annex, no article, or text that belongs to no paragraph
     */
    public ConventionText split(List<String> pages) {
        List<String> lines = bodyLines(pages);
        int annex = 0;
        while (annex < lines.size() && !language.isAnnexHeading(lines.get(annex))) {
            annex++;
        }
        if (annex == lines.size()) {
            throw new OfficialTextException("No annex heading found (a line reading only '"
                    + language.annexWord() + "'): is this resolution 79/243 in " + language.englishName() + "?");
        }
        List<Article> articles = new Parse(lines.subList(annex + 1, lines.size())).articles();
        if (articles.isEmpty()) {
            throw new OfficialTextException("No article headings found after the annex heading (lines reading only"
                    + " '" + language.headingExample() + "' and so on): is this resolution 79/243 in "
                    + language.englishName() + "?");
        }
        return new ConventionText(articles);
    }

    /** The lines of all pages without page furniture: empty lines, symbols, page numbers and running heads. */
    static List<String> bodyLines(List<String> pages) {
        List<List<String>> pageLines = pages.stream().map(ConventionSplitter::lines).toList();
        Set<String> runningHeads = runningHeads(pageLines);
        List<String> body = new ArrayList<>();
        for (List<String> page : pageLines) {
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean edge = i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                if (!(edge && (FURNITURE.matcher(line).matches() || runningHeads.contains(line)))) {
                    body.add(line);
                }
            }
        }
        return body;
    }

    /** The non-empty lines of a page, spaces normalised and typographic ligatures (ﬁ, ﬀ, …) spelt out. */
    private static List<String> lines(String page) {
        return page.lines().map(l -> LIGATURES.matcher(l.replace('\u00A0', ' ').replace('\t', ' ')).replaceAll(
                        m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC)).replaceAll(" {2,}", " ").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Lines of ten characters or more standing at the top or bottom of at least three pages and a third of all: a
     * running head or foot.
     */
    private static Set<String> runningHeads(List<List<String>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> edges = new HashSet<>(page.subList(0, Math.min(EDGE_LINES, page.size())));
            edges.addAll(page.subList(Math.max(0, page.size() - EDGE_LINES), page.size()));
            edges.forEach(line -> pagesWith.merge(line, 1, Integer::sum));
        }
        Set<String> heads = new HashSet<>();
        pagesWith.forEach((line, count) -> {
            if (count >= 3 && count * 3 >= pages.size() && line.codePointCount(0, line.length()) >= MIN_RUNNING_HEAD) {
                heads.add(line);
            }
        });
        return heads;
    }

    /** One pass over the lines after the annex heading. */
    private final class Parse {
        private final List<String> lines;
        private final List<Article> articles = new ArrayList<>();
        private ArticleDraft article;
        private boolean betweenArticles = true;

        Parse(List<String> lines) {
            this.lines = lines;
        }

        List<Article> articles() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (language.isEnd(line)) {
                    break;
                }
                Optional<Heading> heading = language.articleHeading(line);
                if (heading.isPresent()) {
                    close();
                    article = new ArticleDraft(heading.get());
                    betweenArticles = false;
                } else if (language.isChapterHeading(line)) {
                    close();
                    betweenArticles = true;
                } else if (!betweenArticles) {
                    article.add(line, i);
                }
            }
            close();
            return articles;
        }

        private void close() {
            if (article != null) {
                articles.add(article.build());
                article = null;
            }
        }

        /** The label of the next subparagraph-like marker after line {@code index}, before the next paragraph. */
        private Optional<String> nextSubparagraphLabel(int index) {
            for (int i = index + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (language.paragraphMarker(line).isPresent() || language.articleHeading(line).isPresent()) {
                    return Optional.empty();
                }
                Optional<Marker> marker = language.subparagraphMarker(line);
                if (marker.isPresent()) {
                    return Optional.of(marker.get().label());
                }
            }
            return Optional.empty();
        }

        /** An article being read. */
        private final class ArticleDraft {
            private final int number;
            private final StringBuilder title = new StringBuilder();
            private boolean titleOpen;
            private final List<ParagraphDraft> paragraphs = new ArrayList<>();
            private ParagraphDraft unnumbered;
            private ParagraphDraft paragraph;
            private SubparagraphDraft subparagraph;
            private String innerItem;
            private String previous;

            ArticleDraft(Heading heading) {
                this.number = heading.number();
                if (heading.title() != null) {
                    title.append(heading.title());
                } else {
                    titleOpen = true;
                }
            }

            void add(String line, int index) {
                if (titleOpen && (title.length() == 0 || startsLowerCase(line))) {
                    join(title, line);
                    return;
                }
                titleOpen = false;
                Optional<Marker> number = language.paragraphMarker(line);
                Optional<Marker> letter = language.subparagraphMarker(line);
                if (number.isPresent() && opens(ENDS_SENTENCE)) {
                    paragraph = new ParagraphDraft(number.get().value());
                    paragraphs.add(paragraph);
                    subparagraph = null;
                    join(paragraph.text, number.get().rest());
                } else if (letter.isPresent() && opens(ENDS_CLAUSE) && !isInnerItem(letter.get(), index)) {
                    innerItem = null;
                    subparagraph = new SubparagraphDraft(letter.get());
                    current().subparagraphs.add(subparagraph);
                    join(current().text, line);
                    join(subparagraph.text, letter.get().rest());
                } else {
                    if (letter.isPresent() && subparagraph != null && opens(ENDS_CLAUSE)) {
                        innerItem = letter.get().label();
                    }
                    join(current().text, line);
                    if (subparagraph != null) {
                        join(subparagraph.text, line);
                    }
                }
                previous = line;
            }

            /** A line may open a paragraph or subparagraph first in the body or after one that ends a clause. */
            private boolean opens(Pattern ending) {
                return previous == null || ending.matcher(previous).find();
            }

            /**
             * Whether a marker such as "(i)" numbers an item inside the current subparagraph rather than the next
             * letter: it continues a run of Roman numerals, or it is "i" where the next marker is "ii", or it is
             * a Roman numeral that is no letter.
             */
            private boolean isInnerItem(Marker marker, int index) {
                String label = marker.label();
                if (subparagraph == null || !Numbers.isRoman(label)) {
                    return false;
                }
                if (innerItem != null && Numbers.isRoman(innerItem)) {
                    return label.equals(Numbers.nextRoman(innerItem));
                }
                return marker.value() == 0
                        || label.equals("i") && nextSubparagraphLabel(index).filter("ii"::equals).isPresent();
            }

            private ParagraphDraft current() {
                if (paragraph == null) {
                    unnumbered = new ParagraphDraft(1);
                    paragraph = unnumbered;
                }
                return paragraph;
            }

            Article build() {
                boolean numbered = !paragraphs.isEmpty();
                if (numbered && unnumbered != null) {
                    throw new OfficialTextException("article " + number + ": text before its first numbered paragraph"
                            + " belongs to no paragraph: \"" + abbreviate(unnumbered.text.toString()) + "\"");
                }
                List<ParagraphDraft> drafts = numbered ? paragraphs
                        : unnumbered == null ? List.of() : List.of(unnumbered);
                return new Article(number, title.toString().strip(), numbered,
                        drafts.stream().map(ParagraphDraft::build).toList());
            }
        }
    }

    private final class ParagraphDraft {
        private final int number;
        private final StringBuilder text = new StringBuilder();
        private final List<SubparagraphDraft> subparagraphs = new ArrayList<>();

        ParagraphDraft(int number) {
            this.number = number;
        }

        Paragraph build() {
            return new Paragraph(number, text.toString().strip(),
                    subparagraphs.stream().map(s -> new Subparagraph(s.label, s.ordinal, s.text.toString().strip()))
                            .toList());
        }
    }

    private static final class SubparagraphDraft {
        private final String label;
        private final int ordinal;
        private final StringBuilder text = new StringBuilder();

        SubparagraphDraft(Marker marker) {
            this.label = marker.label();
            this.ordinal = marker.value();
        }
    }

    /**
     * Appends a line. A line ending in a hyphen after a letter runs on without a space, the hyphen kept: UN documents
     * are not hyphenated automatically, so a hyphen at a line end is a compound's ("capacity-building",
     * "seventy-eighth"); a soft hyphen is dropped. Chinese runs on; the other languages join with a space.
     */
    private void join(StringBuilder text, String line) {
        int length = text.length();
        if (line.isEmpty()) {
            return;
        }
        if (length == 0) {
            text.append(line);
        } else if (text.charAt(length - 1) == '\u00AD') {
            text.setLength(length - 1);
            text.append(line);
        } else if (length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2))) {
            text.append(line);
        } else if (language.joinsWithoutSpace()) {
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
