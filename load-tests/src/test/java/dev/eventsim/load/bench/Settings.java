package dev.eventsim.load.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's knobs, each a system property with a default that keeps the whole run to a few
 * minutes. The Maven profile passes them through ({@code -Dbench.rounds=3}).
 */
record Settings(
        Path simulatorJar,
        Path outputDir,
        Set<String> sections,
        List<String> serverJvmArgs,
        List<String> scaleJvmArgs,
        List<String> startupJvmArgs,
        Driver driver,
        int connections,
        Duration warmup,
        int rounds,
        Duration round,
        int listEvents,
        List<Integer> scaleEvents,
        Duration scaleMeasure,
        int startupRuns,
        Duration soak,
        List<String> soakArgs,
        int mixLifecycles,
        int mixWarmupBatches) {

    static Settings fromSystemProperties() {
        return new Settings(
                Path.of(required("bench.simulatorJar")),
                Path.of(text("bench.outputDir", "target/benchmark")),
                Set.copyOf(list("bench.sections", "list,shapes,mix,create,scale,startup,soak")),
                words("bench.serverJvmArgs", "-Xms1g -Xmx1g"),
                words("bench.scaleJvmArgs", "-Xms2g -Xmx2g"),
                words("bench.startupJvmArgs", ""),
                Driver.named(text("bench.driver", "socket")),
                integer("bench.connections", 4),
                seconds("bench.warmupSeconds", 15),
                integer("bench.rounds", 5),
                seconds("bench.roundSeconds", 4),
                integer("bench.listEvents", 10_000),
                list("bench.scaleEvents", "100000,1000000").stream().map(Integer::parseInt).toList(),
                seconds("bench.scaleSeconds", 4),
                integer("bench.startupRuns", 5),
                Duration.ofMillis(Math.round(Double.parseDouble(text("bench.soakMinutes", "5")) * 60_000)),
                words("bench.soakArgs", ""),
                integer("bench.mixLifecycles", 2000),
                integer("bench.mixWarmupBatches", 2));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + name + " is required (the Maven profile sets it)");
        }
        return value.trim();
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** Items separated by spaces or commas; empty gives an empty list. */
    private static List<String> list(String name, String fallback) {
        String value = System.getProperty(name);
        String text = value == null ? fallback : value;
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    /** JVM options, separated by spaces (an option may hold commas). */
    private static List<String> words(String name, String fallback) {
        String value = System.getProperty(name);
        String text = value == null ? fallback : value;
        return Arrays.stream(text.split("\\s+")).filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }

    private static Duration seconds(String name, double fallback) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text(name, String.valueOf(fallback))) * 1000));
    }
}
