package dev.eventsim.load.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a run as Markdown: printed as they come, and written whole to
 * {@code results.md} at the end. Targets are marked PASS or MISS; a miss never fails the run.
 */
final class Report {
    private final StringBuilder text = new StringBuilder();
    private final List<String> targets = new ArrayList<>();

    void heading(String title) {
        line("");
        line("## " + title);
        line("");
    }

    void line(String line) {
        text.append(line).append('\n');
        System.out.println(line);
        System.out.flush();
    }

    void table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        for (List<String> row : rows) {
            line("| " + String.join(" | ", row) + " |");
        }
        line("");
    }

    /** A figure that must be at least {@code floor}. */
    void atLeast(String what, double value, double floor, String unit) {
        target(what, value, value >= floor, "≥ " + number(floor) + unit, unit);
    }

    /** A figure that must be at most {@code ceiling} (below it, for {@code strict}). */
    void atMost(String what, double value, double ceiling, String unit) {
        target(what, value, value <= ceiling, "≤ " + number(ceiling) + unit, unit);
    }

    void below(String what, double value, double ceiling, String unit) {
        target(what, value, value < ceiling, "< " + number(ceiling) + unit, unit);
    }

    private void target(String what, double value, boolean met, String goal, String unit) {
        String row = "| " + what + " | " + number(value) + unit + " | " + goal + " | " + (met ? "PASS" : "MISS") + " |";
        targets.add(row);
        line("- " + (met ? "PASS" : "MISS") + "  " + what + ": " + number(value) + unit + " (target " + goal + ")");
    }

    void summary() {
        heading("Targets");
        line("| target | measured | goal | |");
        line("|---|---|---|---|");
        targets.forEach(this::line);
        line("");
    }

    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
