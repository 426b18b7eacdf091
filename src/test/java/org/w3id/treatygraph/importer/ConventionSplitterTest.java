package org.w3id.treatygraph.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.importer.ConventionText.Article;
import org.w3id.treatygraph.importer.ConventionText.Paragraph;
import org.w3id.treatygraph.importer.ConventionText.Subparagraph;

/** The splitter on text, without PDFs: the layout conventions of UN documents in the six languages. */
class ConventionSplitterTest {
    private static final String HEAD_EVEN = "A/RES/79/243\nPlaceholder running head, first line\nsecond line of the head\n";
    private static final String HEAD_ODD = "Placeholder running head, first line\nsecond line of the head\nA/RES/79/243\n";

    @Test
    void englishResolutionLayout() {
        List<String> pages = List.of(
                "United Nations\nA/RES/79/243\nGeneral Assembly\n24-24621 (E)\n*2424621*\n"
                        + "1. Adopts the placeholder annexed to the present resolution;\n2. Decides placeholder things.\n"
                        + "Annex\nPlaceholder Convention\nPreamble\nThe States Parties,\nHave agreed as follows:\n"
                        + "Chapter I\nGeneral placeholders\nArticle 1\nUse of placeholders\nFor the purposes of this placeholder:\n"
                        + "(a)\nPlaceholder one, e\uFB03cient;\n(b) Placeholder two, which:\n(i)\nDoes a thing; or\n(ii) Does another;\n"
                        + "(c) Placeholder three;\n(d) Placeholder four;\n(e) Placeholder five;\n(f) Placeholder six;\n"
                        + "(g) Placeholder seven;\n(h) Placeholder eight;\n"
                        + "24-24621\n2/46\n",
                HEAD_EVEN + "(i) Placeholder nine, with a line that ends in a non-\ngovernmental compound; and\n"
                        + "(j) Placeholder ten.\nChapter II\nPlaceholder offences\nArticle 2.\nA placeholder title that wraps\n"
                        + "onto a second line\n1.\nEach State Party shall do a placeholder thing in accordance with article\n"
                        + "2. The placeholder sentence goes on.\n2. A State Party may do another placeholder thing:\n"
                        + "(a) Placeholder alpha, which:\n(i) Does one thing; or\n(ii) Does another;\n"
                        + "with closing words after the list;\nand\n(b) Placeholder beta.\n"
                        + "24-24621\n3/46\n",
                HEAD_ODD + "Article 3\nA placeholder with no numbers\nEach State Party shall endeavour to do a thing.\n"
                        + "In witness whereof, the undersigned placeholders have signed.\nDONE at a placeholder city.\n"
                        + "4/46\n24-24621\n",
                HEAD_EVEN + "Placeholder signature page\n24-24621\n5/46\n");
        ConventionText text = new ConventionSplitter(TextLanguage.EN).split(pages);

        assertEquals(List.of(1, 2, 3), text.articles().stream().map(Article::number).toList());
        Article first = text.articles().get(0);
        assertEquals("Use of placeholders", first.title());
        Paragraph only = first.paragraphs().get(0);
        assertEquals(1, first.paragraphs().size());
        assertEquals("abcdefghij", letters(only));
        assertEquals("Placeholder two, which: (i) Does a thing; or (ii) Does another;", only.subparagraphs().get(1).text());
        assertEquals("Placeholder nine, with a line that ends in a non-governmental compound; and",
                only.subparagraphs().get(8).text());
        assertEquals("Placeholder ten.", only.subparagraphs().get(9).text());
        assertTrue(only.text().startsWith("For the purposes of this placeholder: (a) Placeholder one, efficient; (b)"),
                only.text());

        Article second = text.articles().get(1);
        assertEquals("A placeholder title that wraps onto a second line", second.title());
        assertEquals(List.of(1, 2), second.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("Each State Party shall do a placeholder thing in accordance with article 2. The placeholder"
                + " sentence goes on.", second.paragraphs().get(0).text());
        assertEquals("ab", letters(second.paragraphs().get(1)));
        assertEquals("Placeholder alpha, which: (i) Does one thing; or (ii) Does another; with closing words after the"
                + " list; and", second.paragraphs().get(1).subparagraphs().get(0).text());

        Article third = text.articles().get(2);
        assertEquals(List.of(new Paragraph(1, "Each State Party shall endeavour to do a thing.", List.of())),
                third.paragraphs());
    }

    @Test
    void markersAloneOnTheirLineAtTheTopOfManyPagesAreNoRunningHead() {
        ConventionText text = new ConventionSplitter(TextLanguage.EN).split(List.of(
                "Annex\nArticle 1\nFirst title\n(a)\nFirst alpha;\n(b)\nFirst beta.\n",
                "Article 2\nSecond title\n1.\n(a)\nSecond alpha;\n(b)\nSecond beta.\n",
                "2.\n(a)\nThird alpha;\n(b)\nThird beta.\n3.\nAnother paragraph.\n",
                "Article 3\nThird title\n1.\n(a)\nFourth alpha;\n(b)\nFourth beta.\n2.\nOne more.\n"));
        assertEquals("ab", letters(text.articles().get(0).paragraphs().get(0)));
        assertEquals("ab", letters(text.articles().get(1).paragraphs().get(0)));
        assertEquals(List.of(1, 2, 3), text.articles().get(1).paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("(a) Third alpha; (b) Third beta.", text.articles().get(1).paragraphs().get(1).text());
        assertEquals("ab", letters(text.articles().get(2).paragraphs().get(0)));
    }

    @Test
    void frenchArticlePremierAndLettersWithOneParenthesis() {
        ConventionText text = new ConventionSplitter(TextLanguage.FR).split(List.of(
                "Annexe\nChapitre premier\nDispositions\nArticle premier\nObjet\nLa présente convention a pour objet :\n"
                        + "a) De promouvoir une chose ;\nb) De faciliter une autre chose.\nArticle 2\nTitre\n"
                        + "1. Chaque État Partie fait une chose.\n2. Chaque État Partie peut faire une autre chose.\n"
                        + "EN FOI DE QUOI, les soussignés ont signé."));
        assertEquals(List.of(1, 2), text.articles().stream().map(Article::number).toList());
        assertEquals("ab", letters(text.articles().get(0).paragraphs().get(0)));
        assertEquals("De promouvoir une chose ;", text.articles().get(0).paragraphs().get(0).subparagraphs().get(0).text());
        assertEquals(2, text.articles().get(1).paragraphs().size());
    }

    @Test
    void spanishAndRussianHeadings() {
        ConventionText spanish = new ConventionSplitter(TextLanguage.ES).split(List.of(
                "Anexo\nCapítulo I\nDisposiciones\nArtículo 1\nFinalidad\n1. Cada Estado parte hará algo.\n"
                        + "2. Cada Estado parte podrá:\na) hacer una cosa;\nb) hacer otra.\nEN FE DE LO CUAL, firman."));
        assertEquals("ab", letters(spanish.articles().get(0).paragraphs().get(1)));
        // Russian texts letter subparagraphs a), b), … and may set "a" and "c" with their Cyrillic look-alikes.
        ConventionText russian = new ConventionSplitter(TextLanguage.RU).split(List.of(
                "Приложение\nГлава I\nОбщие положения\nСтатья 1\nЦели\nЦели настоящей Конвенции:\n"
                        + "а) первая цель;\nb) вторая цель;\nс) третья цель.\nВ УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся."));
        assertEquals("abc", letters(russian.articles().get(0).paragraphs().get(0)));
    }

    @Test
    void chineseHeadingsInChineseNumeralsRunOnWithoutSpaces() {
        ConventionText text = new ConventionSplitter(TextLanguage.ZH).split(List.of(
                "附件\n第一章\n总则\n第一条\n宗旨\n本公约的宗旨是：\n（一）促进一件\n事；\n（二）促进另一件事。\n"
                        + "第2条 用语\n1. 第一款。\n2. 第二款。\n下列签署人经正式授权，以昭信守。"));
        assertEquals(List.of(1, 2), text.articles().stream().map(Article::number).toList());
        Paragraph first = text.articles().get(0).paragraphs().get(0);
        assertEquals("ab", letters(first));
        assertEquals("促进一件事；", first.subparagraphs().get(0).text());
        assertEquals("用语", text.articles().get(1).title());
        assertEquals(2, text.articles().get(1).paragraphs().size());
    }

    @Test
    void arabicHeadingsWithArabicIndicDigitsAndAbjadLetters() {
        ConventionText text = new ConventionSplitter(TextLanguage.AR).split(List.of(
                "المرفق\nالفصل الأول\nأحكام عامة\nالمادة ١\nبيان الغرض\nأغراض هذه الاتفاقية هي:\n(أ) الغرض الأول؛\n"
                        + "(ب) الغرض الثاني؛\n(ج) الغرض الثالث.\nالمادة 2\nالمصطلحات\n1 - الفقرة الأولى.\n2 - الفقرة الثانية.\n"
                        + "وإثباتا لذلك، وقع المفوضون."));
        assertEquals(List.of(1, 2), text.articles().stream().map(Article::number).toList());
        assertEquals("abc", letters(text.articles().get(0).paragraphs().get(0)));
        assertEquals(List.of(1, 2), text.articles().get(1).paragraphs().stream().map(Paragraph::number).toList());
    }

    @Test
    void aSubparagraphLetterInTheMiddleOfASentenceIsText() {
        ConventionText text = new ConventionSplitter(TextLanguage.EN).split(List.of(
                "Annex\nArticle 1\nTitle\n1. A State Party may apply the measures referred to in paragraph 2\n"
                        + "(a) of this article and in article\n2. The sentence goes on.\n2. A second paragraph."));
        Article article = text.articles().get(0);
        assertEquals(List.of(1, 2), article.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of(), article.paragraphs().get(0).subparagraphs());
    }

    @Test
    void documentWithoutAnnexOrArticlesIsRefused() {
        OfficialTextException noAnnex = assertThrows(OfficialTextException.class,
                () -> new ConventionSplitter(TextLanguage.EN).split(List.of("Article 1\nTitle\nText.")));
        assertTrue(noAnnex.getMessage().startsWith("No annex heading found (a line reading only 'Annex')"),
                noAnnex.getMessage());
        OfficialTextException noArticle = assertThrows(OfficialTextException.class,
                () -> new ConventionSplitter(TextLanguage.FR).split(List.of("Annexe\nPréambule\nTexte.")));
        assertTrue(noArticle.getMessage().contains("'Article premier'"), noArticle.getMessage());
    }

    @Test
    void textBeforeTheFirstNumberedParagraphIsRefused() {
        OfficialTextException e = assertThrows(OfficialTextException.class,
                () -> new ConventionSplitter(TextLanguage.EN).split(List.of(
                        "Annex\nArticle 4\nTitle\nAn unnumbered sentence.\n1. A numbered one.")));
        assertEquals("article 4: text before its first numbered paragraph belongs to no paragraph:"
                + " \"An unnumbered sentence.\"", e.getMessage());
    }

    @Test
    void rangesNameRunsOfNumbers() {
        assertEquals("1–6", OfficialTextMatcher.ranges(List.of(1, 2, 3, 4, 5, 6), Integer::toString));
        assertEquals("1, 3", OfficialTextMatcher.ranges(List.of(1, 3), Integer::toString));
        assertEquals("1, 2, 4–6", OfficialTextMatcher.ranges(List.of(1, 2, 4, 5, 6), Integer::toString));
        assertEquals("none", OfficialTextMatcher.ranges(List.of(), Integer::toString));
    }

    private static String letters(Paragraph paragraph) {
        return paragraph.subparagraphs().stream().map(Subparagraph::letter).collect(Collectors.joining());
    }
}
