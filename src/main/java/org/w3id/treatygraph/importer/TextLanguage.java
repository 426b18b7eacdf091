package org.w3id.treatygraph.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The six official languages of the United Nations and how a UN document in each one lays out a treaty: the
 * annex heading, article and chapter headings, paragraph and subparagraph numbers and the words that close the
 * treaty ("IN WITNESS WHEREOF"). One row per language; the splitter knows nothing language-specific beyond it.
 */
public enum TextLanguage {
    AR("ar", "Arabic", "المرفق", "المادة 1", "^(?:ال)?مرفق$", "^المادة\\s*(" + Numbers.DIGITS + "+)[.]?$", "^الفصل\\s+\\S+.*$",
            "^(" + Numbers.DIGITS + "{1,3})\\s*[-–](?:\\s+|$)", "^[()]([\\u0621-\\u064A\\u0640]{1,2})[()](?:\\s+|$)",
            Alphabet.ARABIC, "^وإثبات", false),
    ZH("zh", "Chinese", "附件", "第1条", "^附件$", "^第\\s*(" + Numbers.DIGITS + "+|" + Numbers.HAN + "+)\\s*条(?:\\s+(.+))?$",
            "^第\\s*(?:" + Numbers.DIGITS + "+|" + Numbers.HAN + "+)\\s*章.*$",
            "^(?:(" + Numbers.DIGITS + "{1,3})[.．]\\s*|(" + Numbers.HAN + "+)、\\s*)",
            "^[(（]([a-z]{1,4}|" + Numbers.HAN + "+)[)）]\\s*", Alphabet.LATIN_OR_HAN, "以昭信守", true),
    EN("en", "English", "Annex", "Article 1", "^Annex$", "^Article\\s+(\\d{1,3})\\.?$", "^Chapter\\s+[IVXLC]+$",
            Latin.PARAGRAPH, "^\\(([a-z]{1,4})\\)(?:\\s+|$)", Alphabet.LATIN, "^IN WITNESS WHEREOF", false),
    FR("fr", "French", "Annexe", "Article premier", "^Annexe$", "^Article\\s+(\\d{1,3}|premier)\\.?$", "^Chapitre\\s+(?:premier|[IVXLC]+)$",
            Latin.PARAGRAPH, Latin.LETTER, Alphabet.LATIN, "^EN FOI DE QUOI", false),
    RU("ru", "Russian", "Приложение", "Статья 1", "^Приложение$", "^Статья\\s+(\\d{1,3})\\.?$", "^Глава\\s+[IVXLC]+$",
            Latin.PARAGRAPH, "^\\(?([a-zа-я]{1,4})\\)(?:\\s+|$)", Alphabet.LATIN_OR_CYRILLIC_LOOKALIKE,
            "^В УДОСТОВЕРЕНИЕ ЧЕГО", false),
    ES("es", "Spanish", "Anexo", "Artículo 1", "^Anexo$", "^Artículo\\s+(\\d{1,3})\\.?$", "^Capítulo\\s+[IVXLC]+$",
            Latin.PARAGRAPH, Latin.LETTER, Alphabet.LATIN, "^EN FE DE LO CUAL", false);

    private final String tag;
    private final String englishName;
    private final String annexWord;
    private final String headingExample;
    private final Pattern annex;
    private final Pattern article;
    private final Pattern chapter;
    private final Pattern paragraph;
    private final Pattern subparagraph;
    private final Alphabet alphabet;
    private final Pattern end;
    private final boolean joinsWithoutSpace;

    TextLanguage(String tag, String englishName, String annexWord, String headingExample, String annex, String article, String chapter, String paragraph,
                 String subparagraph, Alphabet alphabet, String end, boolean joinsWithoutSpace) {
        this.tag = tag;
        this.englishName = englishName;
        this.annexWord = annexWord;
        this.headingExample = headingExample;
        this.annex = Pattern.compile(annex);
        this.article = Pattern.compile(article);
        this.chapter = Pattern.compile(chapter);
        this.paragraph = Pattern.compile(paragraph);
        this.subparagraph = Pattern.compile(subparagraph);
        this.alphabet = alphabet;
        this.end = Pattern.compile(end, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.joinsWithoutSpace = joinsWithoutSpace;
    }

    /**
     * The language of a BCP 47 tag among the six.
     *
     * @throws IllegalArgumentException naming the six when {@code tag} is none of them
     */
    public static TextLanguage of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language '" + tag + "': the official"
                        + " languages of A/RES/79/243 are " + tags() + "."));
    }

    /** The six tags, comma-separated, for messages and help. */
    public static String tags() {
        return Arrays.stream(values()).map(TextLanguage::tag).collect(Collectors.joining(", "));
    }

    /** The BCP 47 tag of the literals ({@code en}, {@code zh}, …). */
    public String tag() {
        return tag;
    }

    public String englishName() {
        return englishName;
    }

    /** The annex heading as printed, for messages. */
    String annexWord() {
        return annexWord;
    }

    /** The heading of article 1 as printed, for messages. */
    String headingExample() {
        return headingExample;
    }

    boolean isAnnexHeading(String line) {
        return annex.matcher(line).matches();
    }

    /** The article number and, where the heading carries it on the same line (Chinese), the title. */
    Optional<Heading> articleHeading(String line) {
        return Optional.of(article.matcher(line)).filter(Matcher::matches).map(m -> new Heading(Numbers.parse(m.group(1)),
                m.groupCount() >= 2 && m.group(2) != null ? m.group(2).strip() : null));
    }

    boolean isChapterHeading(String line) {
        return chapter.matcher(line).matches();
    }

    boolean isEnd(String line) {
        return end.matcher(line).find();
    }

    /** A paragraph number at the start of the line: the number and the text after it. */
    Optional<Marker> paragraphMarker(String line) {
        return atStart(paragraph, line).map(m -> {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            return new Marker(number, Numbers.parse(number), line.substring(m.end()));
        });
    }

    /** A lettered subparagraph at the start of the line: the label as printed, its place in the alphabet, the text. */
    Optional<Marker> subparagraphMarker(String line) {
        return atStart(subparagraph, line).flatMap(m -> {
            String label = alphabet == Alphabet.LATIN_OR_CYRILLIC_LOOKALIKE ? Numbers.latinLookalike(m.group(1)) : m.group(1);
            int ordinal = alphabet.ordinal(label);
            return ordinal > 0 || Numbers.isRoman(label)
                    ? Optional.of(new Marker(label, ordinal, line.substring(m.end())))
                    : Optional.empty();
        });
    }

    private static Optional<Matcher> atStart(Pattern pattern, String line) {
        return Optional.of(pattern.matcher(line)).filter(Matcher::find);
    }

    /** Lines of Chinese text run on without a space between them; the other languages join with one. */
    boolean joinsWithoutSpace() {
        return joinsWithoutSpace;
    }

    /** An article heading: its number, and its title when printed on the same line. */
    record Heading(int number, String title) {}

    /** A number or letter opening a paragraph or subparagraph: as printed, as a number (0: none), the rest. */
    record Marker(String label, int value, String rest) {}

    /** The letters of subparagraphs, in order: the n-th letter of a language is the English letter n. */
    enum Alphabet {
        LATIN(List.of()),
        LATIN_OR_CYRILLIC_LOOKALIKE(List.of()),
        LATIN_OR_HAN(List.of()),
        ARABIC(List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص",
                "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"));

        private final List<String> letters;

        Alphabet(List<String> letters) {
            this.letters = letters;
        }

        /** 1 for the first letter, …; 0 when the label is no single letter of this alphabet. */
        int ordinal(String label) {
            return switch (this) {
                case ARABIC -> letters.indexOf(label.equals("ه") ? "هـ" : label) + 1;
                case LATIN_OR_HAN -> label.matches("[a-z]") ? label.charAt(0) - 'a' + 1
                        : label.matches(Numbers.HAN + "+") ? Numbers.parse(label) : 0;
                case LATIN, LATIN_OR_CYRILLIC_LOOKALIKE -> label.matches("[a-z]") ? label.charAt(0) - 'a' + 1 : 0;
            };
        }
    }

    /** The paragraph and subparagraph numbers of the languages in Latin script ("1. ", "a) " or "(a) "). */
    private static final class Latin {
        static final String PARAGRAPH = "^(\\d{1,3})\\.(?:\\s+|$)";
        static final String LETTER = "^\\(?([a-z]{1,4})\\)(?:\\s+|$)";
    }
}
