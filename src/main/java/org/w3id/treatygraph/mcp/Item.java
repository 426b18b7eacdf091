package org.w3id.treatygraph.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.treatygraph.http.Link;

/** The JSON objects of the tools' answers: keys in the order given, absent values left out. */
final class Item {
    private Item() {}

    /** An object of (key, value) pairs; a null or empty-list value is left out. */
    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                item.put((String) pairs[i], value);
            }
        }
        return item;
    }

    /** Links as {@code {iri, label}} objects. */
    static List<Map<String, Object>> links(List<Link> links) {
        return links.stream().map(l -> of("iri", l.href(), "label", l.text())).toList();
    }
}
