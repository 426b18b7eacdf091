package org.w3id.treatygraph.status;

import java.util.List;

/**
 * Why a derived fact holds: the fact, the article and paragraph whose rule produced it (e.g. "art 65(2)"),
 * the instruments it rests on (IRIs) and the reasoning in words.
 */
public record Trace(String fact, String rule, List<String> instruments, String explanation) {
    public Trace {
        instruments = List.copyOf(instruments);
    }
}
