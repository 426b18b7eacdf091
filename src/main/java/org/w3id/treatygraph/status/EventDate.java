package org.w3id.treatygraph.status;

import java.time.LocalDate;

/**
 * When an event happened: the exact day, or bounds where the day is not known (never a guessed day). A bounded
 * event has happened by a date D only when its latest possible day ({@code notAfter}) is not after D.
 */
public record EventDate(LocalDate day, LocalDate notBefore, LocalDate notAfter) {

    public static EventDate on(LocalDate day) {
        return new EventDate(day, null, null);
    }

    public static EventDate between(LocalDate notBefore, LocalDate notAfter) {
        return new EventDate(null, notBefore, notAfter);
    }

    public boolean exact() {
        return day != null;
    }

    /** True when the event certainly happened on or before {@code date}. */
    public boolean certainlyBy(LocalDate date) {
        LocalDate latest = day != null ? day : notAfter;
        return latest != null && !latest.isAfter(date);
    }

    /** True when the event can have happened on or before {@code date}. */
    public boolean possiblyBy(LocalDate date) {
        LocalDate earliest = day != null ? day : notBefore;
        return earliest != null && !earliest.isAfter(date);
    }

    /** The latest date the event is known by: the day, or the upper bound (null when unbounded). */
    public LocalDate latest() {
        return day != null ? day : notAfter;
    }

    @Override
    public String toString() {
        if (day != null) {
            return day.toString();
        }
        return "between " + (notBefore == null ? "?" : notBefore) + " and " + (notAfter == null ? "?" : notAfter);
    }
}
