package org.w3id.treatygraph.status;

import java.time.LocalDate;

/**
 * One party that deposited an instrument of consent by the report's date: the instrument (IRI and kind), its
 * deposit date, whether it counts toward the number art 65(1) requires, the day from which the Convention is in
 * force for the party (null while fewer than the required instruments are deposited), the day a denunciation
 * takes effect (null without one), whether the party is bound on the report's date, and the trace.
 */
public record PartyStatus(String party, String instrument, EventKind kind, LocalDate depositDate, boolean counted,
                          LocalDate inForceFrom, LocalDate inForceUntil, boolean bound, Trace trace) {}
