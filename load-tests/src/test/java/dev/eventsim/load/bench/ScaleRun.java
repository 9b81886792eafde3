package dev.eventsim.load.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Many events in one partner: list latency for a few filter + order + page shapes, and the heap
 * after a full GC, at each size (seeded through the control plane into a simulator JVM of its own).
 */
final class ScaleRun {
    record Shape(String name, String query) {
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("date range + labels, +startDate", ListComparison.QUERY),
            new Shape("searchTerm, +name", "{\"filter\": {\"searchTerm\": \"security\"}, \"orderBy\": \"+name\", "
                    + "\"pager\": {\"offset\": 0, \"limit\": 15}}"),
            new Shape("templateIdIn + endDate from, -startDate, 3rd page", "{\"filter\": {\"templateIdIn\": "
                    + "[\"tm2000\", \"tm4000\"], \"endDateGreaterThanOrEqual\": \"2030-06-01T00:00:00Z\"}, "
                    + "\"orderBy\": \"-startDate\", \"pager\": {\"offset\": 30, \"limit\": 15}}"),
            new Shape("no filter, default order (-createdAt), 2nd page", "{\"pager\": {\"offset\": 15, \"limit\": 15}}"));

    private ScaleRun() {
    }

    static void run(Settings settings, Report report) {
        List<List<String>> heapRows = new ArrayList<>();
        List<List<String>> listRows = new ArrayList<>();
        double worstP99 = Double.NaN;
        double heapGiB = Double.NaN;
        try (SimulatorProcess simulator = SimulatorProcess.start(settings, "simulator-scale", settings.scaleJvmArgs())) {
            long baseline = simulator.heapUsedAfterGc();
            String ks = simulator.adminKs();
            int held = 0;
            for (int events : settings.scaleEvents()) {
                long took = simulator.seed(events - held, 1000 + events, 0, 0);
                held = events;
                long heap = simulator.heapUsedAfterGc();
                heapRows.add(List.of(String.format("%,d", events), Report.number(took / 1000.0) + " s",
                        String.format("%,.0f MiB", heap / 1048576.0),
                        String.format("%,d", (heap - baseline) / events)));
                double worst = 0;
                for (Shape shape : SHAPES) {
                    Measured list = new Measured(shape.name(), simulator.server(), new ClosedLoop(1,
                            Measured.post(simulator.apiUrl("events/list"), ks, shape.query()), -1));
                    list.warmUp(Duration.ofSeconds(1));
                    list.round(settings.scaleMeasure());
                    Latencies l = list.latencies();
                    worst = Math.max(worst, l.percentileMillis(99));
                    listRows.add(List.of(String.format("%,d", events), shape.name(), Report.number(l.percentileMillis(50)),
                            Report.number(l.percentileMillis(99)), String.format("%,d", list.requests()),
                            String.valueOf(list.errors()), Report.number(list.serverCpuMicrosPerRequest() / 1000)));
                }
                if (events == 1_000_000) {
                    worstP99 = worst;
                    heapGiB = heap / 1073741824.0;
                }
            }
            report.heading("Scale: events/list and heap with many events in one partner");
            report.line(String.format("A simulator JVM of its own (`%s`), seeded through `POST /__sim/seed` with generated "
                    + "events, each with its template's sessions and three categories, no extra sessions or users "
                    + "(`\"sessionsPerEvent\": 0, \"usersPerEvent\": 0`). Heap used after a full GC (`jcmd <pid> GC.run`, "
                    + "then `jvm_memory_used_bytes` from `/metrics`); the empty simulator used %,.0f MiB.",
                    String.join(" ", settings.scaleJvmArgs()), baseline / 1048576.0));
            report.line("");
            report.table(List.of("events", "seeded in", "heap used after GC", "bytes per event"), heapRows);
            report.line(String.format("events/list over one connection, %d s per shape after 1 s of warm-up:",
                    settings.scaleMeasure().toSeconds()));
            report.line("");
            report.table(List.of("events", "shape", "p50 ms", "p99 ms", "requests", "errors", "server CPU ms/req"),
                    listRows);
        }
        if (!Double.isNaN(worstP99)) {
            report.below("1,000,000 events: list p99, worst shape", worstP99, 50, " ms");
            report.below("1,000,000 events: heap used after GC", heapGiB, 1.5, " GiB");
        }
    }
}
