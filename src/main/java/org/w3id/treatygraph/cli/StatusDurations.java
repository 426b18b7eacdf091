package org.w3id.treatygraph.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as operators write them on the command line: {@code 24h}, {@code 90m}, {@code 30s}, {@code 2d}. */
final class StatusDurations {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhd])");

    private StatusDurations() {}

    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration like 24h, 90m, 30s or 2d: " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.toMinutes() < 1) {
            throw new IllegalArgumentException("Refresh at most once a minute: " + text);
        }
        return duration;
    }
}
