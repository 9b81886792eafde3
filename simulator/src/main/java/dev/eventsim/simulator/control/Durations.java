package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the control plane takes them: ISO-8601 ({@code PT90S}, {@code P1D}), a short form
 * ({@code 250ms}, {@code 90s}, {@code 5m}, {@code 2h}, {@code 1d}), or a number of milliseconds.
 */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration in a field, or null when the field is not sent. */
    public static Duration read(JsonBody body, String field) {
        if (!body.has(field)) {
            return null;
        }
        if (body.isNumber(field)) {
            return Duration.ofMillis(body.requiredLong(field));
        }
        return parse(body.name(field), body.requiredString(field));
    }

    public static Duration parse(String field, String text) {
        Matcher m = SHORT.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiErrors.invalidArgument(field + " '" + text
                    + "' is not a duration such as PT90S, 90s, 5m, 2h, 1d or a number of milliseconds");
        }
    }
}
