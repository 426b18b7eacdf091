package org.w3id.treatygraph.web;

/**
 * The model of {@code crosswalk.mustache}: the form (State code, date) and, once a State is asked, its section.
 */
public record CrosswalkPage(String title, String party, String date, CrosswalkSection section) {
    static CrosswalkPage form(String date) {
        return new CrosswalkPage("Crosswalk: what a State already owes", "", date, null);
    }

    static CrosswalkPage of(String code, CrosswalkSection section) {
        return new CrosswalkPage("Crosswalk for " + section.party() + " on " + section.date(), code, section.date(),
                section);
    }
}
