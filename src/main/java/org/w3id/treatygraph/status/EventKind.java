package org.w3id.treatygraph.status;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.vocab.TG;

/**
 * The kinds of treaty action the depositary records, with their ontology classes. Only the four instruments
 * of consent to be bound count toward entry into force (art 65(1)); signature does not (art 64).
 */
public enum EventKind {
    SIGNATURE, RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION,
    DECLARATION, RESERVATION, NOTIFICATION, OBJECTION, WITHDRAWAL, DENUNCIATION;

    /** True for ratification, acceptance, approval and accession: the instruments art 65(1) counts. */
    public boolean isConsent() {
        return this == RATIFICATION || this == ACCEPTANCE || this == APPROVAL || this == ACCESSION;
    }

    /** The ontology class's local name: {@code Signature}, {@code Ratification}, … */
    public String className() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The lower-case word used in IRIs and JSON: {@code ratification}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Node typeNode() {
        return TG.term(className());
    }

    /** The SKOS concept of the kind ({@code tg:RatificationKind}). */
    public Node kindConcept() {
        return TG.term(className() + "Kind");
    }

    /** The kind whose ontology class is {@code type}. */
    public static Optional<EventKind> ofType(Node type) {
        if (!type.isURI() || !type.getURI().startsWith(TG.NS)) {
            return Optional.empty();
        }
        String local = type.getURI().substring(TG.NS.length());
        for (EventKind kind : values()) {
            if (kind.className().equals(local)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
