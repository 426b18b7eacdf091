package org.w3id.treatygraph.importer;

import java.util.List;

/**
 * A treaty as its official text divides it: articles, their paragraphs and the lettered subparagraphs of each,
 * numbered as the document numbers them. The text of a paragraph includes its subparagraphs (with their
 * letters); the text of a subparagraph is its own.
 */
public record ConventionText(List<Article> articles) {

    /** An article: its number, its title as printed, and its paragraphs (one, numbered 1, when it has no numbers). */
    public record Article(int number, String title, boolean numbered, List<Paragraph> paragraphs) {}

    /** A paragraph: its number, its whole text (without the number) and its lettered subparagraphs. */
    public record Paragraph(int number, String text, List<Subparagraph> subparagraphs) {}

    /**
     * A lettered subparagraph: the label as printed ("a", "b" in Latin scripts, "أ" in Arabic), its place in the
     * language's alphabet (1 for the first letter), and its text without the label.
     */
    public record Subparagraph(String label, int ordinal, String text) {
        /** The English letter of the same place, which names the subparagraph in the IRI scheme. */
        public String letter() {
            return Numbers.letter(ordinal);
        }
    }
}
