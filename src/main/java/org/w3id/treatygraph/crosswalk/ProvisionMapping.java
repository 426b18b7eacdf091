package org.w3id.treatygraph.crosswalk;

/**
 * One {@code tg:ProvisionMapping} as stored: a Hanoi provision, the kind of match (a SKOS mapping property's IRI, or
 * {@link Sssom#NO_COUNTERPART}), the compared treaty and its provision (null for no counterpart), the curator's note,
 * the evidence, the confidence concept's IRI and the author's IRI. IRIs are canonical.
 */
public record ProvisionMapping(String iri, String subject, String subjectLabel, String kind, String treaty,
                               String object, String objectLabel, String note, String evidence, String confidence,
                               String author) {

    public boolean hasCounterpart() {
        return object != null;
    }
}
