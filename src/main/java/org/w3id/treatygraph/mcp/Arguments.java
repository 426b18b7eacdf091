package org.w3id.treatygraph.mcp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arguments of a tool call, read with messages an agent can act on. */
final class Arguments {
    private final Map<String, Object> values;

    Arguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    Optional<String> text(String name) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new ToolError("'" + name + "' is a string, not " + value + ".");
        }
        return Optional.of(text.strip());
    }

    String requiredText(String name, String example) {
        return text(name).orElseThrow(() -> new ToolError("Give '" + name + "', e.g. " + example + "."));
    }

    Optional<Integer> integer(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.intValue());
        }
        if (value instanceof String text && text.strip().matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(text.strip()));
        }
        throw new ToolError("'" + name + "' is a whole number, not " + value + ".");
    }

    int requiredInteger(String name, String example) {
        return integer(name).orElseThrow(() -> new ToolError("Give '" + name + "', a number, e.g. " + example + "."));
    }

    /** The date {@code name} (YYYY-MM-DD), today (UTC) when absent. */
    LocalDate dateOrToday(String name) {
        return text(name).map(d -> {
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new ToolError("'" + name + "' is a date written YYYY-MM-DD, e.g. 2026-01-01, not '" + d + "'.");
            }
        }).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    List<String> texts(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(v -> ((String) v).strip()).toList();
        }
        throw new ToolError("'" + name + "' is a list of strings, not " + value + ".");
    }
}
