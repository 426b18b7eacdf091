package org.w3id.treatygraph.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.treatygraph.importer.ParticipantEntry.Consent;
import org.w3id.treatygraph.importer.ParticipantEntry.ConsentKind;

class UntcStatusXmlReaderTest {
    static final Path RECORDS = Path.of("src/test/resources/untc");

    @Test
    void readsParticipantsDatesSuffixesAndFootnotesFromAnIso88591Record() {
        List<ParticipantEntry> entries = UntcStatusXmlReader.read(RECORDS.resolve("untoc-status.xml"));
        assertEquals(List.of(
                new ParticipantEntry(1, "Algeria", List.of(), Optional.of(LocalDate.of(2000, 12, 12)),
                        Optional.of(new Consent(LocalDate.of(2002, 10, 7), ConsentKind.RATIFICATION))),
                new ParticipantEntry(2, "Côte d'Ivoire", List.of("2"), Optional.of(LocalDate.of(2000, 12, 15)),
                        Optional.of(new Consent(LocalDate.of(2012, 10, 25), ConsentKind.ACCEPTANCE))),
                new ParticipantEntry(3, "European Union", List.of("3", "4"), Optional.of(LocalDate.of(2000, 12, 12)),
                        Optional.of(new Consent(LocalDate.of(2004, 5, 21), ConsentKind.APPROVAL))),
                new ParticipantEntry(4, "Andorra", List.of(), Optional.empty(),
                        Optional.of(new Consent(LocalDate.of(2011, 9, 22), ConsentKind.ACCESSION))),
                new ParticipantEntry(5, "Czech Republic", List.of(), Optional.of(LocalDate.of(2000, 12, 12)),
                        Optional.empty())),
                entries);
    }

    @Test
    void reportsEveryBadRowAtOnce() {
        var error = assertThrows(DepositaryRecordException.class,
                () -> UntcStatusXmlReader.read(RECORDS.resolve("bad-rows.xml")));
        assertEquals(List.of(
                "row 1 (Algeria), signature: '31 Foo 2000' is not a date like '25 Oct 2025'",
                "row 2 (Angola), consent: unknown action suffix 'd' (known: none = ratification, A = acceptance,"
                        + " AA = approval, a = accession)",
                "row 3: expected 2 or 3 Entry elements (participant, signature, consent), found 4",
                "row 4 (Belgium): neither a signature nor a consent to be bound",
                "row 5: participant 'Algeria' is listed twice"), error.problems());
        assertTrue(error.getMessage().startsWith(RECORDS.resolve("bad-rows.xml") + " cannot be imported:"));
    }

    @Test
    void namesTheMissingElementOfTheTablePath() {
        var error = assertThrows(DepositaryRecordException.class,
                () -> UntcStatusXmlReader.read(RECORDS.resolve("wrong-structure.xml")));
        assertEquals(List.of("expected one Treaty/Participants/Table/TGroup/Tbody element, found 0 (the participants"
                + " table is Treaty/Participants/Table/TGroup/Tbody/Rows/Row)"), error.problems());
    }

    @Test
    void namesTheLineOfAnXmlSyntaxError() {
        var error = assertThrows(DepositaryRecordException.class,
                () -> UntcStatusXmlReader.read(RECORDS.resolve("not-well-formed.xml")));
        assertEquals(1, error.problems().size());
        assertTrue(error.problems().get(0).startsWith("not well-formed XML at line 6,"), error.problems().get(0));
    }
}
