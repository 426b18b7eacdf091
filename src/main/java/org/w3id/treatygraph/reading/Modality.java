package org.w3id.treatygraph.reading;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.treatygraph.vocab.TG;

/** The modalities of provisions and obligations, as the pages show them: a word and a badge style. */
enum Modality {
    MANDATORY("Mandatory", "shall", "mandatory"),
    SHALL_CONSIDER("ShallConsider", "shall consider", "consider"),
    OPTIONAL("Optional", "may", "optional"),
    NONE("NoModality", "no obligation", "none");

    private final Node concept;
    private final String word;
    private final String style;

    Modality(String localName, String word, String style) {
        this.concept = TG.term(localName);
        this.word = word;
        this.style = style;
    }

    String word() {
        return word;
    }

    String style() {
        return style;
    }

    static Optional<Modality> of(Node concept) {
        return Arrays.stream(values()).filter(m -> m.concept.equals(concept)).findFirst();
    }
}
