package org.w3id.treatygraph.reasoning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.reasoner.rulesys.Rule;

/**
 * The rule set the loader derives entailments with: RDFS and the part of OWL 2 RL that the ontology uses,
 * written in Jena's rule syntax in {@code entailment.rules} beside this class. The catalog describes it as
 * the source of the inferred graph ({@code id/source/treatygraph-entailment-rules}).
 */
public final class EntailmentRules {
    private static final String RESOURCE = "entailment.rules";
    private static final EntailmentRules STANDARD = load();

    private final String text;
    private final List<Rule> rules;

    private EntailmentRules(String text) {
        this.text = text;
        this.rules = List.copyOf(Rule.parseRules(Rule.rulesParserFromReader(new BufferedReader(new StringReader(text)))));
    }

    public static EntailmentRules standard() {
        return STANDARD;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Changes whenever the rules change, so that a store computed with other rules is recomputed. */
    public String fingerprint() {
        return Integer.toHexString(text.hashCode());
    }

    private static EntailmentRules load() {
        try (InputStream in = EntailmentRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The rule set " + RESOURCE + " is missing from the classpath");
            }
            return new EntailmentRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule set " + RESOURCE, e);
        }
    }
}
