package org.w3id.treatygraph.status;

/**
 * One treaty action as the rules see it: its IRI, the party's IRI, whether the party is a regional economic
 * integration organization, the kind, the date (or bounds), whether the depositary's record evidences it
 * ({@code tg:confidence tg:Verified}), and for reservations, declarations and notifications the provision
 * concerned (null otherwise).
 */
public record StatusEvent(String iri, String party, boolean organization, EventKind kind, EventDate date,
                          boolean evidenced, String provision) {

    public static StatusEvent of(String iri, String party, EventKind kind, EventDate date) {
        return new StatusEvent(iri, party, false, kind, date, true, null);
    }

    /** The instrument of a regional economic integration organization (art 65(1), second sentence). */
    public StatusEvent byOrganization() {
        return new StatusEvent(iri, party, true, kind, date, evidenced, provision);
    }

    /** The same event as only reported (not read in the depositary's record). */
    public StatusEvent reported() {
        return new StatusEvent(iri, party, organization, kind, date, false, provision);
    }
}
