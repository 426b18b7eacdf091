package org.w3id.treatygraph.status;

import java.time.LocalDate;
import java.time.Period;

/**
 * The numbers of the final clauses the status rules apply, with the paragraphs that state them.
 *
 * <p>Day counting. "The ninetieth day after the date of deposit" is counted from the day after the deposit:
 * the deposit day is day 0, so the date is {@code deposit.plusDays(90)}. This is the depositary's practice: the
 * 40th instrument for UNTOC (same clause, art 38(1)) was deposited on 1 July 2003 and UNTOC entered into force
 * on 29 September 2003 = 1 July + 90 days; UNCAC's 30th on 15 September 2005, in force 14 December 2005 =
 * 15 September + 90 days. Art 65(2)'s "thirtieth day after" is counted the same way ({@code plusDays(30)}).
 * Art 67(1)'s "one year after the date of receipt" is {@code receipt.plusYears(1)}: the same day and month a
 * year later, and 28 February for a notification received on 29 February (java.time's rule; the text does not
 * settle that case).
 */
public record FinalClauses(int instrumentsRequired, int daysAfterRequiredInstrument, int daysAfterLaterInstrument,
                           Period denunciationDelay) {

    /** Articles 65 and 67 of the UN Convention against Cybercrime (A/RES/79/243, pp. 44–45). */
    public static final FinalClauses UN_CYBERCRIME_CONVENTION = new FinalClauses(40, 90, 30, Period.ofYears(1));

    public static final String SIGNATURE_RULE = "art 64(1)";
    public static final String ENTRY_INTO_FORCE_RULE = "art 65(1)";
    public static final String ORGANIZATION_RULE = "art 65(1), second sentence";
    public static final String LATER_PARTY_RULE = "art 65(2)";
    public static final String DENUNCIATION_RULE = "art 67(1)";

    /** Art 65(1): the day the Convention enters into force, given the deposit of the last required instrument. */
    public LocalDate entryIntoForce(LocalDate requiredInstrumentDeposited) {
        return requiredInstrumentDeposited.plusDays(daysAfterRequiredInstrument);
    }

    /** Art 65(2): for a later instrument, its 30th day, or the general entry into force if that is later. */
    public LocalDate entryIntoForceFor(LocalDate deposited, LocalDate entryIntoForce) {
        LocalDate own = deposited.plusDays(daysAfterLaterInstrument);
        return own.isAfter(entryIntoForce) ? own : entryIntoForce;
    }

    /** Art 67(1): the day a denunciation received on {@code received} takes effect. */
    public LocalDate denunciationEffective(LocalDate received) {
        return received.plus(denunciationDelay);
    }
}
