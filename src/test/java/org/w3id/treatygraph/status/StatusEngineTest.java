package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of arts 64, 65 and 67 on hand-made event sets. */
class StatusEngineTest {
    private static final String ACTION = "https://w3id.org/treatygraph/id/action/un-cybercrime-convention/";
    private static final String STATE = "https://w3id.org/treatygraph/id/state/S";
    private static final String EU = "https://w3id.org/treatygraph/id/organization/european-union";
    private final StatusEngine engine = StatusEngine.unCybercrimeConvention();

    /** {@code count} ratifications by States S01…, one a day from {@code first}. */
    private static List<StatusEvent> ratifications(int count, LocalDate first) {
        List<StatusEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(ratification(i, first.plusDays(i - 1)));
        }
        return events;
    }

    private static StatusEvent ratification(int state, LocalDate day) {
        String key = String.format("%02d", state);
        return StatusEvent.of(ACTION + "ratification/S" + key, STATE + key, EventKind.RATIFICATION, EventDate.on(day));
    }

    @Test
    void beforeAnyEventNothingIsCountedAndNothingIsInForce() {
        List<StatusEvent> events = ratifications(40, LocalDate.of(2026, 3, 1));
        events.add(StatusEvent.of(ACTION + "signature/S01", STATE + "01", EventKind.SIGNATURE,
                EventDate.on(LocalDate.of(2025, 10, 25))));
        StatusReport report = engine.at(events, LocalDate.of(2025, 1, 1));
        assertEquals(0, report.instruments());
        assertEquals(0, report.signatories());
        assertFalse(report.inForce());
        assertNull(report.entryIntoForce());
        assertEquals(List.of(), report.parties());
        assertNull(report.latestEvidence());
        assertEquals(0, engine.at(List.of(), LocalDate.of(2030, 1, 1)).instruments());
    }

    @Test
    void the39thInstrumentFixesNothingAndThe40thFixesEntryIntoForceOnThe90thDayAfter() {
        List<StatusEvent> events = ratifications(40, LocalDate.of(2026, 3, 1)); // the 40th on 2026-04-09
        StatusReport at39 = engine.at(events, LocalDate.of(2026, 4, 8));
        assertEquals(39, at39.instruments());
        assertNull(at39.entryIntoForce());
        assertFalse(at39.inForce());
        assertNull(at39.parties().get(0).inForceFrom(), "not known before the 40th");

        StatusReport at40 = engine.at(events, LocalDate.of(2026, 4, 9));
        assertEquals(40, at40.instruments());
        assertEquals(LocalDate.of(2026, 7, 8), at40.entryIntoForce(), "9 April + 90 days");
        assertFalse(at40.inForce(), "fixed, not yet reached");
        assertTrue(engine.at(events, LocalDate.of(2026, 7, 7)).entryIntoForce() != null);
        assertFalse(engine.at(events, LocalDate.of(2026, 7, 7)).inForce());
        StatusReport inForce = engine.at(events, LocalDate.of(2026, 7, 8));
        assertTrue(inForce.inForce());
        assertEquals(LocalDate.of(2026, 7, 8), inForce.parties().get(0).inForceFrom(), "art 65(1) for the first 40");
        assertTrue(inForce.parties().get(0).bound());
        assertEquals("art 65(1)", inForce.parties().get(0).trace().rule());
    }

    @Test
    void anOrganizationsInstrumentIsNotCountedInAdditionToItsMemberStates() {
        List<StatusEvent> events = ratifications(39, LocalDate.of(2026, 3, 1));
        StatusEvent eu = new StatusEvent(ACTION + "approval/european-union", EU, true, EventKind.APPROVAL,
                EventDate.on(LocalDate.of(2026, 5, 1)), true, null);
        events.add(eu);
        StatusReport report = engine.at(events, LocalDate.of(2026, 6, 1));
        assertEquals(39, report.instruments());
        assertNull(report.entryIntoForce());
        assertFalse(report.party(EU).orElseThrow().counted());
        assertTrue(report.trace().stream().anyMatch(t -> t.rule().equals("art 65(1), second sentence")
                && t.instruments().equals(List.of(eu.iri()))));

        events.add(ratification(40, LocalDate.of(2026, 6, 10)));
        StatusReport after = engine.at(events, LocalDate.of(2026, 12, 31));
        assertEquals(40, after.instruments());
        assertEquals(LocalDate.of(2026, 9, 8), after.entryIntoForce(), "the 40th State's instrument: 10 June + 90");
        assertEquals(LocalDate.of(2026, 9, 8), after.party(EU).orElseThrow().inForceFrom(),
                "an organization that deposited before the 40th: the entry into force");
    }

    @Test
    void instrumentsOnlyReportedOrWithoutTheirDayAreNotCounted() {
        List<StatusEvent> events = ratifications(39, LocalDate.of(2026, 3, 1));
        events.add(ratification(40, LocalDate.of(2026, 5, 1)).reported());
        events.add(StatusEvent.of(ACTION + "ratification/S41", STATE + "41", EventKind.RATIFICATION,
                EventDate.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))));
        StatusReport report = engine.at(events, LocalDate.of(2026, 12, 31));
        assertEquals(39, report.instruments());
        assertNull(report.entryIntoForce());
        assertEquals(2, report.reportedOnly());
    }

    /** Art 65(1) and 65(2) across month and year ends and leap days (expected dates counted by hand). */
    @ParameterizedTest
    @CsvSource({
            // 40th deposit, entry into force (+90), a later deposit, in force for it (+30)
            "2028-12-15, 2029-03-15, 2029-12-15, 2030-01-14",
            "2027-12-31, 2028-03-30, 2028-12-31, 2029-01-30",
            "2028-02-29, 2028-05-29, 2032-02-29, 2032-03-30",
            "2026-01-31, 2026-05-01, 2027-01-31, 2027-03-02",
            "2027-11-02, 2028-01-31, 2028-01-31, 2028-03-01"})
    void daysAreCountedFromTheDayAfterTheDeposit(LocalDate fortieth, LocalDate entryIntoForce, LocalDate later,
                                                 LocalDate laterInForce) {
        List<StatusEvent> events = ratifications(39, fortieth.minusDays(60));
        events.add(ratification(40, fortieth));
        events.add(ratification(41, later));
        StatusReport report = engine.at(events, later.plusYears(1));
        assertEquals(entryIntoForce, report.entryIntoForce());
        PartyStatus late = report.party(STATE + "41").orElseThrow();
        assertEquals(laterInForce, late.inForceFrom());
        assertEquals("art 65(2)", late.trace().rule());
    }

    @Test
    void aStateDepositingSoonAfterThe40thWaitsForTheEntryIntoForce() {
        List<StatusEvent> events = ratifications(40, LocalDate.of(2028, 1, 1)); // 40th on 2028-02-09
        events.add(ratification(41, LocalDate.of(2028, 2, 29)));
        StatusReport report = engine.at(events, LocalDate.of(2029, 1, 1));
        assertEquals(LocalDate.of(2028, 5, 9), report.entryIntoForce());
        PartyStatus late = report.party(STATE + "41").orElseThrow();
        assertEquals(LocalDate.of(2028, 5, 9), late.inForceFrom(), "29 Feb + 30 = 30 March is before the entry into force");
        assertEquals("art 65(2)", late.trace().rule());
        assertTrue(late.trace().instruments().contains(ACTION + "ratification/S41"));
        assertTrue(late.trace().instruments().contains(ACTION + "ratification/S40"), "the 40th fixed the date");
    }

    @Test
    void aDenunciationTakesEffectOneYearAfterItIsReceived() {
        List<StatusEvent> events = ratifications(40, LocalDate.of(2026, 3, 1));
        StatusEvent denunciation = StatusEvent.of(ACTION + "denunciation/S05", STATE + "05", EventKind.DENUNCIATION,
                EventDate.on(LocalDate.of(2028, 2, 29)));
        events.add(denunciation);
        PartyStatus beforeEffect = engine.at(events, LocalDate.of(2029, 2, 27)).party(STATE + "05").orElseThrow();
        assertEquals(LocalDate.of(2029, 2, 28), beforeEffect.inForceUntil());
        assertTrue(beforeEffect.bound());
        PartyStatus after = engine.at(events, LocalDate.of(2029, 2, 28)).party(STATE + "05").orElseThrow();
        assertFalse(after.bound());
        assertEquals("art 65(1), art 67(1)", after.trace().rule());
        assertTrue(after.trace().instruments().contains(denunciation.iri()));
        assertTrue(engine.at(events, LocalDate.of(2029, 2, 28)).inForce(), "one denunciation does not end the Convention");
        PartyStatus notYetReceived = engine.at(events, LocalDate.of(2028, 2, 28)).party(STATE + "05").orElseThrow();
        assertNull(notYetReceived.inForceUntil());
    }

    @Test
    void signatoriesAreCountedOnceAndOnlyWhenCertainlySignedByTheDate() {
        List<StatusEvent> events = new ArrayList<>(List.of(
                StatusEvent.of(ACTION + "signature/S01", STATE + "01", EventKind.SIGNATURE,
                        EventDate.on(LocalDate.of(2025, 10, 25))),
                StatusEvent.of(ACTION + "signature/S02", STATE + "02", EventKind.SIGNATURE,
                        EventDate.between(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26))).reported(),
                StatusEvent.of(ACTION + "signature/S03", STATE + "03", EventKind.SIGNATURE,
                        EventDate.between(LocalDate.of(2026, 5, 1), null)).reported()));
        assertEquals(1, engine.at(events, LocalDate.of(2025, 10, 25)).signatories());
        StatusReport later = engine.at(events, LocalDate.of(2026, 12, 31));
        assertEquals(2, later.signatories());
        assertEquals(List.of(STATE + "01", STATE + "02"), later.signatoryParties());
        assertEquals(2, later.reportedOnly(), "S02 and S03 rest on reports");
        assertEquals(LocalDate.of(2025, 10, 25), later.latestEvidence());
    }

    @Test
    void everyDerivedFactNamesItsRuleAndInstruments() {
        List<StatusEvent> events = ratifications(41, LocalDate.of(2026, 3, 1));
        StatusReport report = engine.at(events, LocalDate.of(2027, 1, 1));
        Trace instruments = report.trace().stream().filter(t -> t.fact().equals("instruments")).findFirst().orElseThrow();
        assertEquals("art 65(1)", instruments.rule());
        assertEquals(41, instruments.instruments().size());
        Trace entry = report.trace().stream().filter(t -> t.fact().equals("entryIntoForce")).findFirst().orElseThrow();
        assertEquals(List.of(ACTION + "ratification/S40"), entry.instruments());
        assertTrue(entry.explanation().contains("2026-04-09") && entry.explanation().contains("2026-07-08"),
                entry.explanation());
        assertTrue(report.trace().stream().anyMatch(t -> t.fact().equals("inForce")));
        assertTrue(report.trace().stream().anyMatch(t -> t.fact().equals("signatories") && t.rule().equals("art 64(1)")));
        for (PartyStatus party : report.parties()) {
            assertTrue(party.trace().instruments().contains(party.instrument()));
            assertFalse(party.trace().explanation().isBlank());
        }
    }
}
