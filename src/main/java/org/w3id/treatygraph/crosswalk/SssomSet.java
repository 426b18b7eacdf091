package org.w3id.treatygraph.crosswalk;

import java.time.LocalDate;
import java.util.Map;
import org.w3id.treatygraph.vocab.IriRewriter;
import org.w3id.treatygraph.vocab.TG;

/**
 * The metadata of the published mapping set: its identifier (the public URL of the TSV download), the date of the
 * data it was made from, and the public base its identifiers are written under.
 */
public record SssomSet(IriRewriter rewriter, LocalDate date) {
    public static final String TSV = "crosswalk.sssom.tsv";
    public static final String TURTLE = "crosswalk.sssom.ttl";
    static final String TITLE = "TreatyGraph crosswalk: UN Convention against Cybercrime paragraphs mapped to the"
            + " Budapest Convention, UNTOC and UNCAC";
    static final String DESCRIPTION = "Paragraph-level mappings curated by hand. Confidence: 0.95 for an exact match"
            + " of wording read on both sides (verified), 0.75 for an analyst's judgement of scope (likely), 0.4 for"
            + " unverified. A Hanoi paragraph with no counterpart in a treaty is mapped to sssom:NoTermFound with"
            + " skos:closeMatch. The comment gives TreatyGraph's note on the difference, then the evidence.";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    public String id() {
        return rewriter.url("download/" + TSV);
    }

    public Map<String, String> curieMap() {
        return Sssom.curieMap(rewriter.toPublic(TG.ID));
    }
}
