package org.w3id.treatygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntFunction;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.importer.ConventionText.Article;
import org.w3id.treatygraph.importer.ConventionText.Paragraph;
import org.w3id.treatygraph.importer.ConventionText.Subparagraph;

/**
 * Matches the articles, paragraphs and subparagraphs of an official text to the provisions of the graph, or
 * reports the first place where their numbering differs. Subparagraphs are matched where the graph models them;
 * where it does not, their text stays in their paragraph's.
 */
final class OfficialTextMatcher {
    private OfficialTextMatcher() {}

    /**
     * The text of every provision, by the graph node it belongs to, in the document's order.
     *
     * @throws OfficialTextException at the first difference, or when the graph lacks paragraphs for an article
     */
    static Map<Node, String> match(ConventionText text, ProvisionsModel model) {
        requireProvisionsModel(model);
        List<Integer> pdfArticles = text.articles().stream().map(Article::number).toList();
        List<Integer> graphArticles = List.copyOf(model.articles().keySet());
        if (!pdfArticles.equals(graphArticles)) {
            throw mismatch("the PDF has articles " + ranges(pdfArticles, Integer::toString) + ", the graph has "
                    + ranges(graphArticles, Integer::toString) + " (first difference: article "
                    + firstDifference(pdfArticles, graphArticles) + ")");
        }
        Map<Node, String> texts = new LinkedHashMap<>();
        for (Article article : text.articles()) {
            SortedMap<Integer, Node> paragraphs = model.paragraphs(model.articles().get(article.number()));
            List<Integer> pdfParagraphs = article.paragraphs().stream().map(Paragraph::number).toList();
            if (!pdfParagraphs.equals(List.copyOf(paragraphs.keySet()))) {
                throw mismatch("article " + article.number() + ": the PDF has "
                        + (pdfParagraphs.isEmpty() ? "no paragraphs" : "paragraphs " + ranges(pdfParagraphs, Integer::toString))
                        + ", the graph has " + ranges(List.copyOf(paragraphs.keySet()), Integer::toString));
            }
            for (Paragraph paragraph : article.paragraphs()) {
                Node node = paragraphs.get(paragraph.number());
                texts.put(node, paragraph.text());
                matchSubparagraphs(article, paragraph, model.subparagraphs(node), texts);
            }
        }
        return texts;
    }

    private static void matchSubparagraphs(Article article, Paragraph paragraph, SortedMap<Integer, Node> modelled,
                                           Map<Node, String> texts) {
        if (modelled.isEmpty()) {
            return;
        }
        List<Integer> pdfLetters = paragraph.subparagraphs().stream().map(Subparagraph::ordinal).toList();
        if (!pdfLetters.equals(List.copyOf(modelled.keySet()))) {
            throw mismatch("article " + article.number() + ", paragraph " + paragraph.number() + ": the PDF has "
                    + (pdfLetters.isEmpty() ? "no subparagraphs" : "subparagraphs " + ranges(pdfLetters, OfficialTextMatcher::letter))
                    + ", the graph has " + ranges(List.copyOf(modelled.keySet()), OfficialTextMatcher::letter));
        }
        for (Subparagraph subparagraph : paragraph.subparagraphs()) {
            texts.put(modelled.get(subparagraph.ordinal()), subparagraph.text());
        }
    }

    private static void requireProvisionsModel(ProvisionsModel model) {
        if (model.articles().isEmpty()) {
            throw new OfficialTextException("The graph has no articles of the treaty to attach the text to.");
        }
        model.articles().forEach((number, article) -> {
            if (model.paragraphs(article).isEmpty()) {
                throw new OfficialTextException("article " + number + ": the graph has no paragraphs for it (tg:Paragraph"
                        + " resources " + article.getURI() + "/paragraph/{m}). The graph lacks the provisions model the"
                        + " official text is attached to: load the paragraph data first.");
            }
        });
    }

    private static OfficialTextException mismatch(String difference) {
        return new OfficialTextException("The numbering of the PDF does not match the graph, nothing was imported: "
                + difference + ".");
    }

    private static String firstDifference(List<Integer> pdf, List<Integer> graph) {
        for (int i = 0; i < Math.max(pdf.size(), graph.size()); i++) {
            if (i >= pdf.size() || i >= graph.size() || !pdf.get(i).equals(graph.get(i))) {
                return String.valueOf(i < pdf.size() ? pdf.get(i) : graph.get(i));
            }
        }
        return "none";
    }

    private static String letter(int ordinal) {
        return "(" + Numbers.letter(ordinal) + ")";
    }

    /** "1–6", "1, 3", "(a)–(c), (e)": runs of consecutive numbers joined with an en dash. */
    static String ranges(List<Integer> numbers, IntFunction<String> label) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            runs.add(j == i ? label.apply(numbers.get(i))
                    : label.apply(numbers.get(i)) + (j == i + 1 ? ", " : "–") + label.apply(numbers.get(j)));
            i = j + 1;
        }
        return runs.isEmpty() ? "none" : String.join(", ", runs);
    }
}
