package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small PDF laid out like a UN resolution with a treaty as its annex — resolution text, "Annex", chapter
 * headings, "Article N" with a title, numbered paragraphs, lettered subparagraphs, a word hyphenated across lines,
 * a paragraph running across a page break, and on every page a running head, the document symbol, the job
 * number and the page number — made of placeholder sentences. It matches the fixture treaty in
 * {@code src/test/resources/official-text}.
 */
public final class FixturePdf {
    /** A page break in {@link #LINES}. */
    static final String PAGE_BREAK = "<page>";

    /** The document, line by line. */
    static final List<String> LINES = List.of(
            "Resolution adopted by the General Assembly on 24 December 2024",
            "79/243. Placeholder resolution title",
            "The General Assembly,",
            "1. Adopts the placeholder convention annexed to the present resolution;",
            "2. Requests the Secretary-General to do placeholder things.",
            "55th plenary meeting",
            "Annex",
            "Placeholder Convention",
            "Preamble",
            "The States Parties to this Convention,",
            "Have agreed as follows:",
            "Chapter I",
            "Placeholder chapter one",
            "Article 1",
            "Placeholder title one",
            "The purposes of this placeholder are to:",
            "(a)",
            "Promote placeholder measure alpha to prevent and combat placeholder capacity-",
            "building more efficiently;",
            "(b) Promote placeholder measure beta; and",
            "(c) Promote placeholder measure gamma.",
            PAGE_BREAK,
            "Chapter II",
            "Placeholder chapter two",
            "Article 2",
            "Placeholder title two that is long enough to wrap onto",
            "a second line",
            "1. Each State Party shall adopt placeholder measure one.",
            "2. Each State Party shall adopt the following placeholder measures:",
            "(a) Placeholder measure alpha, which includes:",
            "(i) placeholder item one; and",
            "(ii) placeholder item two;",
            "(b) Placeholder measure beta.",
            "3. Each State Party may adopt the following:",
            "(a) Optional measure alpha;",
            PAGE_BREAK,
            "(b) Optional measure beta; or",
            "(c) Optional measure gamma.",
            "Article 3.",
            "Placeholder title three",
            "1.",
            "Each State Party shall adopt placeholder measure three, in accordance with article",
            "2. The placeholder continues.",
            "2. Each State Party shall endeavour to adopt placeholder measure four.",
            "IN WITNESS WHEREOF, the undersigned placeholders have signed this placeholder.");

    private FixturePdf() {}

    /** Writes the document to {@code file}. */
    public static Path write(Path file) {
        return write(file, lines -> lines);
    }

    /** Writes the document, changed by {@code edit} (a malformed variant), to {@code file}. */
    static Path write(Path file, UnaryOperator<List<String>> edit) {
        return write(file, edit, "A/RES/79/243");
    }

    /** Writes the document, changed by {@code edit}, with {@code symbol} as the document symbol in the page heads. */
    static Path write(Path file, UnaryOperator<List<String>> edit, String symbol) {
        List<List<String>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        for (String line : edit.apply(new ArrayList<>(LINES))) {
            if (line.equals(PAGE_BREAK)) {
                pages.add(new ArrayList<>());
            } else {
                pages.get(pages.size() - 1).add(line);
            }
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 800;
                    show(content, font, 50, y, symbol);
                    show(content, font, 300, y, "Placeholder running head");
                    show(content, font, 300, y - 12, "continued on a second line");
                    y -= 40;
                    for (String line : pages.get(i)) {
                        show(content, font, 60, y, line);
                        y -= 16;
                    }
                    show(content, font, 50, 40, (i + 1) + "/" + pages.size());
                    show(content, font, 450, 40, "24-24977");
                }
            }
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
