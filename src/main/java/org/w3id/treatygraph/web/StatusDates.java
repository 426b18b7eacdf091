package org.w3id.treatygraph.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.treatygraph.http.Exchange;
import org.w3id.treatygraph.http.HttpError;

/** The dates of the status routes' query parameters: {@code YYYY-MM-DD}, a real day, or 400 with a message. */
final class StatusDates {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StatusDates() {}

    /** Today in UTC, the day the status routes answer for when no date is given. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The date in parameter {@code name}, if the request gives one. */
    static Optional<LocalDate> optional(Exchange exchange, String name) {
        return optional(name, exchange.parameter(name));
    }

    private static Optional<LocalDate> optional(String name, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(name, value.strip()));
    }

    /** The date in parameter {@code name}; 400 when it is missing. */
    static LocalDate required(Exchange exchange, String name) {
        return optional(exchange, name).orElseThrow(() -> HttpError.badRequest(
                "Give the date as ?" + name + "=YYYY-MM-DD, e.g. ?" + name + "=2025-10-25."));
    }

    /** {@code ?at=} or else today. */
    static LocalDate atOrToday(Exchange exchange) {
        return atOrToday(exchange.parameter("at"));
    }

    /** The date of an {@code at} parameter's value (null when not given), or else today. */
    static LocalDate atOrToday(String at) {
        return optional("at", at).orElseGet(StatusDates::today);
    }

    static LocalDate parse(String name, String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            throw HttpError.badRequest("The " + name + " date '" + shorten(value) + "' is not written as YYYY-MM-DD"
                    + " (e.g. 2025-10-25).");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException impossible) {
            throw HttpError.badRequest("The " + name + " date " + value + " does not exist: " + impossible.getMessage()
                    .replaceFirst("^Text '[^']*' could not be parsed: ", "") + ".");
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
