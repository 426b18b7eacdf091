package org.w3id.treatygraph.crosswalk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.treatygraph.vocab.TG;
import org.w3id.treatygraph.vocab.Vocab;

/**
 * What the SSSOM exports share: the SSSOM and SEMAPV namespaces, the columns written, how a no-counterpart is stated
 * and how TreatyGraph's confidence levels become SSSOM's number in [0, 1].
 */
public final class Sssom {
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    /** The kind of a mapping that states the compared treaty has no counterpart. */
    public static final String NO_COUNTERPART = TG.NS + "noCounterpart";
    /** SSSOM's object for "no counterpart found", with {@link #NO_COUNTERPART_PREDICATE}. */
    public static final String NO_TERM_FOUND = SSSOM + "NoTermFound";
    public static final String NO_COUNTERPART_PREDICATE = Vocab.SKOS + "closeMatch";
    public static final String MANUAL_CURATION = SEMAPV + "ManualMappingCuration";
    public static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "object_id",
            "object_label", "mapping_justification", "confidence", "author_id", "subject_source", "object_source",
            "comment");

    private Sssom() {}

    /**
     * TreatyGraph's confidence as SSSOM's number: verified (an exact match of wording, read on both sides) 0.95,
     * likely (an analyst's judgement of scope) 0.75, unverified 0.4.
     */
    public static double score(String confidence) {
        return switch (confidence.substring(TG.NS.length())) {
            case "Verified" -> 0.95;
            case "Likely" -> 0.75;
            case "Unverified" -> 0.4;
            default -> throw new IllegalArgumentException("Unknown confidence " + confidence);
        };
    }

    /** The SSSOM predicate of a mapping kind. */
    public static String predicate(ProvisionMapping mapping) {
        return mapping.hasCounterpart() ? mapping.kind() : NO_COUNTERPART_PREDICATE;
    }

    /** The SSSOM object of a mapping: the counterpart, or {@link #NO_TERM_FOUND}. */
    public static String object(ProvisionMapping mapping) {
        return mapping.hasCounterpart() ? mapping.object() : NO_TERM_FOUND;
    }

    /** SSSOM's comment: the curator's note, then the evidence. */
    public static String comment(ProvisionMapping mapping) {
        return mapping.note() + " Evidence: " + mapping.evidence();
    }

    /** The curie map, with TreatyGraph's identifiers under {@code idBase} (the server's public form of id/). */
    public static Map<String, String> curieMap(String idBase) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("tgid", idBase);
        map.put("skos", Vocab.SKOS);
        map.put("semapv", SEMAPV);
        map.put("sssom", SSSOM);
        return map;
    }
}
