package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.w3id.treatygraph.importer.ParticipantEntry.Consent;
import org.w3id.treatygraph.importer.ParticipantEntry.ConsentKind;

/**
 * Reads the participants table of a UN Treaty Collection status record (MTDSG XML, ISO-8859-1):
 * {@code Treaty/Participants/Table/TGroup/Tbody/Rows/Row}, each row's {@code Entry} elements being the
 * participant, the date of signature and the date of consent to be bound with its kind suffix ({@code a},
 * {@code A}, {@code AA}). Footnote markers ({@code superscript}) are kept apart from the text. Every problem
 * of the file is reported at once; a file with any problem yields no rows.
 */
public final class UntcStatusXmlReader {
    private static final List<String> ROWS_PATH = List.of("Participants", "Table", "TGroup", "Tbody", "Rows");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final Pattern DATE_AND_SUFFIX = Pattern.compile("(\\d{1,2} [A-Z][a-z]{2} \\d{4})(?:\\s+(\\S+))?");

    private UntcStatusXmlReader() {}

    public static List<ParticipantEntry> read(Path file) {
        Document document = parse(file);
        Element rows = rowsElement(file, document);
        List<ParticipantEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (Element row : children(rows, "Row")) {
            number++;
            readRow(number, row, problems).ifPresent(entry -> {
                if (!seen.add(entry.participant())) {
                    problems.add("row " + entry.row() + ": participant '" + entry.participant() + "' is listed twice");
                }
                entries.add(entry);
            });
        }
        if (number == 0) {
            problems.add("the participants table has no Row");
        }
        if (!problems.isEmpty()) {
            throw new DepositaryRecordException(file.toString(), problems);
        }
        return entries;
    }

    private static Optional<ParticipantEntry> readRow(int number, Element row, List<String> problems) {
        List<Element> cells = children(row, "Entry");
        if (cells.size() < 2 || cells.size() > 3) {
            problems.add("row " + number + ": expected 2 or 3 Entry elements (participant, signature, consent), found "
                    + cells.size());
            return Optional.empty();
        }
        String participant = text(cells.get(0));
        String where = "row " + number + " (" + participant + ")";
        if (participant.isEmpty()) {
            problems.add(where + ": the participant's name is empty");
        }
        int before = problems.size();
        Optional<LocalDate> signature = date(where + ", signature", text(cells.get(1)), problems);
        Optional<Consent> consent = cells.size() == 3 ? consent(where, text(cells.get(2)), problems) : Optional.empty();
        if (problems.size() == before && signature.isEmpty() && consent.isEmpty()) {
            problems.add(where + ": neither a signature nor a consent to be bound");
        }
        return Optional.of(new ParticipantEntry(number, participant, footnotes(cells), signature, consent));
    }

    private static Optional<LocalDate> date(String where, String text, List<String> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + text + "' is not a date like '25 Oct 2025'");
            return Optional.empty();
        }
    }

    private static Optional<Consent> consent(String where, String text, List<String> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DATE_AND_SUFFIX.matcher(text);
        if (!matcher.matches()) {
            problems.add(where + ", consent: '" + text + "' is not a date like '25 Oct 2025' with an optional suffix a, A or AA");
            return Optional.empty();
        }
        String suffix = matcher.group(2) == null ? "" : matcher.group(2);
        Optional<ConsentKind> kind = ConsentKind.bySuffix(suffix);
        if (kind.isEmpty()) {
            problems.add(where + ", consent: unknown action suffix '" + suffix
                    + "' (known: none = ratification, A = acceptance, AA = approval, a = accession)");
        }
        Optional<LocalDate> date = date(where + ", consent", matcher.group(1), problems);
        return kind.isPresent() && date.isPresent() ? Optional.of(new Consent(date.get(), kind.get())) : Optional.empty();
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setEncoding(StandardCharsets.ISO_8859_1.name());
            source.setSystemId(file.toUri().toString());
            return builder().parse(source);
        } catch (SAXParseException e) {
            throw new DepositaryRecordException(file.toString(), List.of("not well-formed XML at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage()));
        } catch (SAXException e) {
            throw new DepositaryRecordException(file.toString(), List.of("not well-formed XML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    // The records come from outside: no DTDs, no external entities.
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }

    private static Element rowsElement(Path file, Document document) {
        Element element = document.getDocumentElement();
        String path = "Treaty";
        if (!element.getTagName().equals(path)) {
            throw new DepositaryRecordException(file.toString(),
                    List.of("the root element is " + element.getTagName() + ", not Treaty"));
        }
        for (String name : ROWS_PATH) {
            path += "/" + name;
            List<Element> found = children(element, name);
            if (found.size() != 1) {
                throw new DepositaryRecordException(file.toString(), List.of("expected one " + path + " element, found "
                        + found.size() + " (the participants table is Treaty/Participants/Table/TGroup/Tbody/Rows/Row)"));
            }
            element = found.get(0);
        }
        return element;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of an entry without its footnote markers, spaces collapsed. */
    private static String text(Element entry) {
        StringBuilder text = new StringBuilder();
        for (Node node = entry.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element && element.getTagName().equals("superscript"))) {
                text.append(node.getTextContent());
            }
        }
        return text.toString().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    private static List<String> footnotes(List<Element> cells) {
        List<String> markers = new ArrayList<>();
        for (Element cell : cells) {
            for (Element marker : children(cell, "superscript")) {
                for (String part : marker.getTextContent().split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        markers.add(part.strip());
                    }
                }
            }
        }
        return markers;
    }
}
