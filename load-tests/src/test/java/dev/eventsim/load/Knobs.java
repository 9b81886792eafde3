package dev.eventsim.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every knob of a run comes from a system property ({@code -Dname=value}, which the Gatling
 * Maven plugin passes on to the simulation's JVM). Each value used is remembered, so a run prints
 * exactly what it ran with.
 */
final class Knobs {
    private final Map<String, String> used = new LinkedHashMap<>();

    int integer(String name, int fallback) {
        String value = raw(name);
        int result;
        try {
            result = value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, got '" + value + "'");
        }
        return remember(name, result);
    }

    double decimal(String name, double fallback) {
        String value = raw(name);
        double result;
        try {
            result = value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a number, got '" + value + "'");
        }
        return remember(name, result);
    }

    /** A duration in seconds; fractions allowed ({@code -Dramp=0.5}). */
    Duration seconds(String name, double fallback) {
        double value = decimal(name, fallback);
        if (value < 0) {
            throw new IllegalArgumentException("-D" + name + " must be 0 or more seconds, got " + value);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    String text(String name, String fallback) {
        String value = raw(name);
        return remember(name, value == null || value.isBlank() ? fallback : value.trim());
    }

    boolean flag(String name) {
        return remember(name, Boolean.parseBoolean(raw(name)));
    }

    /** {@code users=10 rate=2.0 ...}: the values this run used, in the order it read them. */
    String summary() {
        return used.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String raw(String name) {
        return System.getProperty(name);
    }

    private <T> T remember(String name, T value) {
        used.put(name, String.valueOf(value));
        return value;
    }
}
