package org.w3id.treatygraph.status;

import java.time.OffsetDateTime;

/**
 * A change a depositary import recorded ({@code tg:StatusChange}): when, "new" or "corrected", the action, the
 * record it came from, the action's party, its depositary notification (null when unknown) and, for a correction,
 * what the graph said before (null otherwise).
 */
public record StatusChange(String iri, OffsetDateTime time, String kind, String event, String source, String party,
                           String notification, String previously) {}
