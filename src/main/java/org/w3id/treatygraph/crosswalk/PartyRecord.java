package org.w3id.treatygraph.crosswalk;

/**
 * What the data records of one State under one compared treaty: how many of its treaty actions (signature,
 * instruments) any source gives. None means its status there is unknown, not that it is no party: the other
 * treaties' party lists are partial.
 */
public record PartyRecord(String treaty, String treatyLabel, int actions) {
    public boolean recorded() {
        return actions > 0;
    }
}
