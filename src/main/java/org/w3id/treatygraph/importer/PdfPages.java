package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of each page of a PDF, as Apache PDFBox extracts it with the text sorted by its position on the page. */
final class PdfPages {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfPages() {}

    /**
     * One string per page, lines separated by {@code \n}.
     *
     * @throws OfficialTextException when the file is not a PDF or PDFBox cannot read it
     */
    static List<String> read(Path pdf) {
        requirePdfHeader(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new OfficialTextException(pdf + " cannot be read as a PDF: " + e.getMessage(), e);
        }
    }

    private static void requirePdfHeader(Path pdf) {
        byte[] head = new byte[1024];
        int read;
        try (InputStream in = Files.newInputStream(pdf)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new OfficialTextException("Cannot read " + pdf + ": " + e.getMessage(), e);
        }
        // The header may follow a few bytes of garbage, as PDF readers tolerate; it must be in the first kilobyte.
        for (int i = 0; i + MAGIC.length <= read; i++) {
            if (Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return;
            }
        }
        throw new OfficialTextException(pdf + " is not a PDF (no %PDF- header): pass the official PDF of"
                + " A/RES/79/243.");
    }
}
