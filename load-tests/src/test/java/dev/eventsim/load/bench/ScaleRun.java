package dev.eventsim.load.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Many events in one partner: list latency for a few filter + order + page shapes, and the heap
 * after a full GC, at each size (seeded through the control plane into a simulator JVM of its own).
 */
final class ScaleRun {
    /** A shape of query; call {@code n} asks {@code query.apply(n)}, a query not asked before. */
    record Shape(String name, IntFunction<String> query) {
    }

    private static final Instant LATE = Instant.parse("2099-01-01T00:00:00Z");

    /** Each shape moves a date bound by a second per call, so that no call is answered from a kept answer. */
    static final List<Shape> SHAPES = List.of(
            new Shape("date range + labels, +startDate", n -> ListComparison.query(n)),
            new Shape("searchTerm, +name", n -> "{\"filter\": {\"searchTerm\": \"security\", "
                    + "\"endDateLessOrEqualThan\": \"" + LATE.minusSeconds(n) + "\"}, \"orderBy\": \"+name\", "
                    + "\"pager\": {\"offset\": 0, \"limit\": 15}}"),
            new Shape("templateIdIn + endDate from, -startDate, 3rd page", n -> "{\"filter\": {\"templateIdIn\": "
                    + "[\"tm2000\", \"tm4000\"], \"endDateGreaterThanOrEqual\": \""
                    + Instant.parse("2030-06-01T00:00:00Z").plusSeconds(n) + "\"}, "
                    + "\"orderBy\": \"-startDate\", \"pager\": {\"offset\": 30, \"limit\": 15}}"),
            new Shape("all events (an end-date bound all meet), default order (-createdAt), 2nd page",
                    n -> "{\"filter\": {\"endDateLessOrEqualThan\": \"" + LATE.minusSeconds(n) + "\"}, "
                            + "\"pager\": {\"offset\": 15, \"limit\": 15}}"));

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
                    Measured list = new Measured(shape.name(), simulator.server(), new ClosedLoop(settings.driver(), 1,
                            n -> BenchRequest.post(simulator.apiUrl("events/list"), ks, shape.query().apply(n)), -1));
                    list.warmUp(Duration.ofSeconds(1));
                    list.round(settings.scaleMeasure());
                    list.close();
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
            report.line(String.format("events/list over one connection, %d s per shape after 1 s of warm-up; every call "
                    + "is a query not asked before (a date bound moves by a second each call), so none is answered "
                    + "from a kept answer:", settings.scaleMeasure().toSeconds()));
            report.line("");
            report.table(List.of("events", "shape", "p50 ms", "p99 ms", "requests", "errors", "server CPU ms/req"),
                    listRows);
        }
        if (!Double.isNaN(worstP99)) {
            report.below("1,000,000 events: list p99, worst shape", worstP99, 10, " ms");
            report.below("1,000,000 events: heap used after GC", heapGiB, 1.0, " GiB");
        }
    }
}
