package dev.eventsim.load.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The benchmark: one run on loopback that prints the simulator's figures against its peers and
 * its targets, as a table. It never fails on time: a missed target is marked MISS and the run
 * still exits 0 (a server that cannot start or a section that breaks exits 1).
 * Run it with {@code ./benchmark} (see docs/benchmark.md; the figures are in BENCHMARKS.md).
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        Report report = new Report();
        long started = System.nanoTime();
        report.line("# Benchmark run of " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        report.line("");
        report.line("Machine: " + Machine.describe() + "; load average at start " + Machine.loadAverage() + ".");
        report.line("Every server runs in a JVM of its own with `" + String.join(" ", settings.serverJvmArgs())
                + "`; the load generator is this JVM (" + settings.driver().describe() + ", in a closed loop).");
        boolean broken = false;
        if (settings.runs("list") || settings.runs("shapes") || settings.runs("create")) {
            try (SimulatorProcess simulator = SimulatorProcess.start(settings, "simulator", settings.serverJvmArgs())) {
                long seededMillis = simulator.seed(settings.listEvents(), 7, 2, 3);
                if (settings.runs("list")) {
                    ListComparison.run(settings, report, simulator, seededMillis);
                }
                if (settings.runs("shapes")) {
                    NewQueries.run(settings, report, simulator);
                }
                if (settings.runs("create")) {
                    CreateThroughput.run(settings, report, simulator);
                }
            } catch (RuntimeException e) {
                broken = failed(report, "list/shapes/create", e);
            }
        }
        if (settings.runs("mix")) {
            try {
                LifecycleMix.run(settings, report);
            } catch (RuntimeException e) {
                broken = failed(report, "mix", e);
            }
        }
        if (settings.runs("scale")) {
            try {
                ScaleRun.run(settings, report);
            } catch (RuntimeException e) {
                broken = failed(report, "scale", e);
            }
        }
        if (settings.runs("startup")) {
            try {
                StartupRun.run(settings, report);
            } catch (RuntimeException e) {
                broken = failed(report, "startup", e);
            }
        }
        if (settings.runs("soak")) {
            try {
                SoakRun.run(settings, report);
            } catch (RuntimeException e) {
                broken = failed(report, "soak", e);
            }
        }
        report.summary();
        report.line(String.format("Run took %d s; load average at the end %s. Figures also in %s.",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), Machine.loadAverage(),
                settings.outputDir().resolve("results.md").toAbsolutePath()));
        report.writeTo(settings.outputDir().resolve("results.md"));
        System.exit(broken ? 1 : 0);
    }

    private static boolean failed(Report report, String section, RuntimeException e) {
        report.line("");
        report.line("**The " + section + " section broke: " + e + "** (see " + "target/benchmark/logs)");
        e.printStackTrace();
        return true;
    }
}
