package org.w3id.treatygraph.http;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * A representation a document can be served in: HTML for people, or an RDF syntax. RDF media types and
 * file extensions come from Jena's {@link Lang} registry, so content negotiation, explicit format URLs
 * ({@code …/article/16.ttl}) and {@code Content-Type} always agree.
 */
public record Representation(String mediaType, String extension, Lang lang) {
    public static final Representation HTML = new Representation("text/html", "html", null);
    /** Plain text and JSON: for messages and small answers, not for RDF. */
    public static final Representation TEXT = new Representation("text/plain", "txt", null);
    public static final Representation JSON = new Representation("application/json", "json", null);
    public static final Representation TURTLE = of(Lang.TURTLE);
    public static final Representation JSONLD = of(Lang.JSONLD);
    public static final Representation RDFXML = of(Lang.RDFXML);
    public static final Representation NTRIPLES = of(Lang.NTRIPLES);
    public static final Representation TRIG = of(Lang.TRIG);
    public static final Representation NQUADS = of(Lang.NQUADS);

    /** Offered for resource descriptions, in order of preference when a client accepts anything. */
    public static final List<Representation> DOCUMENT =
            List.of(TURTLE, HTML, JSONLD, RDFXML, NTRIPLES, TRIG, NQUADS);
    /** Offered for RDF-only documents (VoID, service description, ontology and shapes as data). */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    /** Accepted in request bodies: every syntax offered, triples and quads. */
    public static final List<Representation> RDF_INPUT = List.of(TURTLE, NTRIPLES, RDFXML, JSONLD, TRIG, NQUADS);

    private static Representation of(Lang lang) {
        return new Representation(lang.getHeaderString(), lang.getFileExtensions().get(0), lang);
    }

    public boolean isHtml() {
        return this.equals(HTML);
    }

    /** True when the syntax keeps named graphs, so each statement shows its source. */
    public boolean keepsGraphs() {
        return lang != null && RDFLanguages.isQuads(lang);
    }

    /**
     * The media types this representation answers: its own, {@code application/json} for JSON-LD, which is
     * JSON (a client asking for JSON gets the document as JSON-LD rather than a 406), and {@code text/plain} for
     * N-Triples, its media type before RDF 1.1 and what clients such as rdflib still ask for.
     */
    public List<String> mediaTypes() {
        if (Lang.JSONLD.equals(lang)) {
            return List.of(mediaType, "application/json");
        }
        return Lang.NTRIPLES.equals(lang) ? List.of(mediaType, "text/plain") : List.of(mediaType);
    }

    /** Every representation offered is text in UTF-8. */
    public String contentType() {
        return mediaType + ";charset=utf-8";
    }

    /** The RDF syntax a {@code Content-Type} header names among {@code offers} (parameters ignored). */
    public static Optional<Representation> forContentType(String contentType, List<Representation> offers) {
        if (contentType == null) {
            return Optional.empty();
        }
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        return offers.stream().filter(r -> r.lang != null && r.lang.equals(lang)).findFirst();
    }

    /** The representation a file extension names, among {@code offers}. */
    public static Optional<Representation> forExtension(String extension, List<Representation> offers) {
        return offers.stream().filter(r -> r.extension.equals(extension)).findFirst();
    }
}
