package org.w3id.treatygraph.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.w3id.treatygraph.status.EventKind;
import org.w3id.treatygraph.status.StatusEvent;

/**
 * The timeline of the signatories page (partial {@code timeline}): the running totals of signatures and of instruments
 * of consent by date, as two step lines in an SVG drawn on the server, and the same figures as a table. Actions with
 * an uncertain date are counted in the table's note, not on the line.
 */
public final class SignatureTimeline {
    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 20;

    /** One day with actions: how many of each that day, and the running totals. */
    public record Day(String date, int signatures, int instruments, int totalSignatures, int totalInstruments) {}

    /** A label on an axis at a position. */
    public record Tick(String text, String x, String y, String anchor) {}

    public final List<Day> days;
    public final String signaturePoints;
    public final String instrumentPoints;
    public final List<Tick> dateTicks;
    public final List<Tick> countTicks;
    public final long undated;
    public final int width = WIDTH;
    public final int height = HEIGHT;

    private SignatureTimeline(List<Day> days, String signaturePoints, String instrumentPoints, List<Tick> dateTicks,
                              List<Tick> countTicks, long undated) {
        this.days = days;
        this.signaturePoints = signaturePoints;
        this.instrumentPoints = instrumentPoints;
        this.dateTicks = dateTicks;
        this.countTicks = countTicks;
        this.undated = undated;
    }

    public boolean hasDays() {
        return !days.isEmpty();
    }

    static SignatureTimeline of(List<StatusEvent> events, LocalDate today) {
        TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
        long undated = 0;
        for (StatusEvent event : events) {
            boolean consent = event.kind().isConsent();
            if (!consent && event.kind() != EventKind.SIGNATURE) {
                continue;
            }
            if (!event.date().exact()) {
                undated++;
                continue;
            }
            byDay.computeIfAbsent(event.date().day(), d -> new int[2])[consent ? 1 : 0]++;
        }
        List<Day> days = new ArrayList<>();
        int signatures = 0, instruments = 0;
        for (var entry : byDay.entrySet()) {
            signatures += entry.getValue()[0];
            instruments += entry.getValue()[1];
            days.add(new Day(entry.getKey().toString(), entry.getValue()[0], entry.getValue()[1], signatures, instruments));
        }
        if (days.isEmpty()) {
            return new SignatureTimeline(days, "", "", List.of(), List.of(), undated);
        }
        LocalDate first = byDay.firstKey();
        LocalDate last = today.isAfter(byDay.lastKey()) ? today : byDay.lastKey();
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int top = Math.max(1, signatures);
        Scale scale = new Scale(first, span, top);
        List<Tick> dateTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            LocalDate date = first.plusDays(Math.round(span * i / 4));
            dateTicks.add(new Tick(date.toString(), scale.x(date), Integer.toString(HEIGHT - 4),
                    i == 0 ? "start" : i == 4 ? "end" : "middle"));
        }
        List<Tick> countTicks = List.of(0, top / 2, top).stream().distinct()
                .map(n -> new Tick(Integer.toString(n), Integer.toString(LEFT - 6), scale.y(n), "end")).toList();
        return new SignatureTimeline(days, scale.steps(days, last, true), scale.steps(days, last, false), dateTicks,
                countTicks, undated);
    }

    /** Dates and counts to SVG coordinates. */
    private record Scale(LocalDate first, double span, int top) {
        String x(LocalDate date) {
            return format(LEFT + (WIDTH - LEFT - 10) * ChronoUnit.DAYS.between(first, date) / span);
        }

        String y(int count) {
            return format(HEIGHT - BOTTOM - (HEIGHT - BOTTOM - 10) * (double) count / top);
        }

        /** A step line: flat until the next day with actions, then up. */
        String steps(List<Day> days, LocalDate last, boolean signatures) {
            StringBuilder points = new StringBuilder();
            int previous = 0;
            for (Day day : days) {
                String x = x(LocalDate.parse(day.date()));
                int total = signatures ? day.totalSignatures() : day.totalInstruments();
                points.append(x).append(',').append(y(previous)).append(' ').append(x).append(',').append(y(total)).append(' ');
                previous = total;
            }
            return points.append(x(last)).append(',').append(y(previous)).toString();
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
