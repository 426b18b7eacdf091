package org.w3id.treatygraph.reading;

import java.util.List;
import java.util.Map;

/** How many obligations of one modality: "3 shall". */
public record ModalityCount(String modality, String style, long count) {
    static List<ModalityCount> of(Map<Modality, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new ModalityCount(e.getKey().word(), e.getKey().style(), e.getValue())).toList();
    }
}
