package dev.eventsim.load.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * events/list as users send it under load: every call a query the simulator has not answered yet,
 * for each list shape of {@link ScaleRun#SHAPES}, at the list section's size, against a bare Javalin
 * handler answering each shape's bytes (the first query's answer) in the same interleaved rounds.
 */
final class NewQueries {
    private NewQueries() {
    }

    static void run(Settings settings, Report report, SimulatorProcess simulator) {
        String ks = simulator.adminKs();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (int i = 0; i < ScaleRun.SHAPES.size(); i++) {
            bodies.put(path(i), SetupHttp.post(simulator.apiUrl("events/list"), "Bearer " + ks,
                    ScaleRun.SHAPES.get(i).query().apply(0)));
        }
        try (ServerProcess bare = Peers.bareJavalin(settings, "bare-javalin-shapes", settings.serverJvmArgs(), bodies)) {
            List<Measured[]> pairs = new ArrayList<>();
            for (int i = 0; i < ScaleRun.SHAPES.size(); i++) {
                ScaleRun.Shape shape = ScaleRun.SHAPES.get(i);
                String bareUrl = bare.baseUrl() + path(i);
                pairs.add(new Measured[] {
                    new Measured(shape.name(), simulator.server(), new ClosedLoop(settings.driver(),
                            settings.connections(),
                            n -> BenchRequest.post(simulator.apiUrl("events/list"), ks, shape.query().apply(1 + n)), -1)),
                    new Measured(shape.name(), bare, new ClosedLoop(settings.driver(), settings.connections(),
                            BenchRequest.post(bareUrl, ks, shape.query().apply(0)), bodies.get(path(i)).length))});
            }
            Duration warmup = settings.warmup().compareTo(Duration.ofSeconds(5)) < 0 ? settings.warmup()
                    : Duration.ofSeconds(5);
            pairs.forEach(pair -> {
                pair[0].warmUp(warmup);
                pair[1].warmUp(warmup);
            });
            int rounds = Math.max(1, settings.rounds() - 2);
            for (int round = 0; round < rounds; round++) {
                for (Measured[] pair : pairs) {
                    pair[0].round(settings.round());
                    pair[1].round(settings.round());
                }
            }
            report.heading("events/list, every query new: each list shape against bare Javalin");
            report.line(String.format("The simulator of the section above (%,d events); each call a query not asked "
                    + "before (a date bound moves by a second a call), so nothing is answered from a kept answer. The "
                    + "bare handler answers each shape's first answer (%s bytes). %d connections, warm-up %d s each, "
                    + "then %d interleaved rounds of %d s.", settings.listEvents(),
                    String.join(" / ", bodies.values().stream().map(b -> String.format("%,d", b.length)).toList()),
                    settings.connections(), warmup.toSeconds(), rounds, settings.round().toSeconds()));
            report.line("");
            List<List<String>> rows = new ArrayList<>();
            for (Measured[] pair : pairs) {
                pair[0].close();
                pair[1].close();
                Measured sim = pair[0];
                Measured peer = pair[1];
                rows.add(List.of(sim.name(), Report.number(sim.perSecond()), Report.number(peer.perSecond()),
                        Report.number(sim.perSecond() / peer.perSecond()) + "×",
                        Report.number(sim.serverCpuMicrosPerRequest()), Report.number(peer.serverCpuMicrosPerRequest()),
                        Report.number(sim.latencies().percentileMillis(99)),
                        Report.number(peer.latencies().percentileMillis(99)),
                        String.valueOf(sim.errors() + peer.errors())));
            }
            report.table(List.of("shape", "simulator req/s", "bare req/s", "ratio", "simulator CPU µs/req",
                    "bare CPU µs/req", "simulator p99 ms", "bare p99 ms", "errors"), rows);
            for (Measured[] pair : pairs) {
                report.atLeast("new query, " + pair[0].name() + ": simulator / bare Javalin",
                        pair[0].perSecond() / pair[1].perSecond(), 0.8, "×");
            }
        }
    }

    private static String path(int shape) {
        return "/shape" + shape + "/api/v1/events/list";
    }
}
