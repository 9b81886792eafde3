package dev.eventsim.load.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * events/list on the simulator against two peers serving the identical bytes: interleaved
 * rounds (simulator, WireMock, bare Javalin both ways, simulator with new queries, simulator, ...)
 * after a warm-up of each, so that the noise of a shared machine falls on all alike.
 */
final class ListComparison {
    /** A realistic read: a half-year start-date window, two labels, soonest first, a page of 15. */
    static final String QUERY = query(0);

    /** The query with its window opening {@code n} seconds later: a query the simulator has not answered yet. */
    static String query(int n) {
        return "{\"filter\": {\"startDateGreaterThanOrEqual\": \"" + Instant.parse("2030-03-01T00:00:00Z").plusSeconds(n)
                + "\", \"startDateLessOrEqualThan\": \"2030-08-31T23:59:59Z\", \"labels\": [\"sales\", \"emea\"]}, "
                + "\"orderBy\": \"+startDate\", \"pager\": {\"offset\": 0, \"limit\": 15}}";
    }

    private ListComparison() {
    }

    /** {@code tookMillis}: how long seeding the simulator's events took. */
    static void run(Settings settings, Report report, SimulatorProcess simulator, long tookMillis) {
        String ks = simulator.adminKs();
        byte[] body = SetupHttp.post(simulator.apiUrl("events/list"), "Bearer " + ks, QUERY);
        int totalCount = SetupHttp.parse(body).path("totalCount").asInt();
        try (ServerProcess wireMock = Peers.wireMock(settings, settings.serverJvmArgs(), body);
             ServerProcess bare = Peers.bareJavalin(settings, settings.serverJvmArgs(), body)) {
            List<Measured> servers = List.of(
                    measured("simulator", simulator.server(), settings, ks, body.length),
                    measured("wiremock", wireMock, settings, ks, body.length),
                    measured("bare javalin", bare, settings, ks, body.length),
                    measured("bare javalin, writing the output stream", bare, BarePeer.STREAM_PREFIX, settings, ks,
                            body.length),
                    new Measured("simulator, a new query each call", simulator.server(),
                            new ClosedLoop(settings.driver(), settings.connections(),
                                    n -> BenchRequest.post(simulator.apiUrl("events/list"), ks, query(1 + n)), -1)));
            for (Measured server : servers.subList(0, 4)) {
                byte[] answer = SetupHttp.post(server.url(), "Bearer " + ks, QUERY);
                if (!Arrays.equals(answer, body)) {
                    throw new IllegalStateException(server.name() + " does not answer the simulator's bytes");
                }
            }
            report.heading("events/list: simulator vs WireMock vs bare Javalin");
            report.line(String.format("%,d events seeded in %,d ms (2 extra sessions and 3 users each); the query: `%s`",
                    settings.listEvents(), tookMillis, QUERY));
            report.line(String.format("Every server answers the same %,d bytes (totalCount %d, 15 events), checked byte "
                    + "for byte; %d connections, warm-up %d s each, then %d interleaved rounds of %d s each. The simulator "
                    + "keeps the answer of a query until its data changes, so the same query is answered from that; the "
                    + "last row asks it a query it has not answered yet on every call (the window opens a second later "
                    + "each time), which is filtered and ordered afresh.",
                    body.length, totalCount, settings.connections(), settings.warmup().toSeconds(), settings.rounds(),
                    settings.round().toSeconds()));
            report.line("");
            for (Measured server : servers) {
                server.warmUp(settings.warmup());
            }
            for (int round = 0; round < settings.rounds(); round++) {
                for (Measured server : servers) {
                    server.round(settings.round());
                }
            }
            servers.forEach(Measured::close);
            report.table(Measured.header(), servers.stream().map(Measured::row).toList());
            Measured sim = servers.get(0);
            Measured wm = servers.get(1);
            Measured bareJavalin = servers.get(2);
            report.atLeast("list throughput, kept answer, simulator / bare Javalin",
                    sim.perSecond() / bareJavalin.perSecond(), 0.9, "×");
            report.atLeast("list throughput, kept answer, simulator / WireMock", sim.perSecond() / wm.perSecond(), 2.0, "×");
            Measured fresh = servers.get(4);
            report.atLeast("list throughput, a new query each call, simulator / bare Javalin",
                    fresh.perSecond() / bareJavalin.perSecond(), 0.8, "×");
            report.atMost("list server CPU per request, simulator / bare Javalin",
                    sim.serverCpuMicrosPerRequest() / bareJavalin.serverCpuMicrosPerRequest(), 1.25, "×");
            report.atMost("list p99, simulator / bare Javalin",
                    sim.latencies().percentileMillis(99) / bareJavalin.latencies().percentileMillis(99), 1.5, "×");
            report.line(String.format("(For reference: simulator / WireMock server CPU per request %s×, p99 %s×.)",
                    Report.number(sim.serverCpuMicrosPerRequest() / wm.serverCpuMicrosPerRequest()),
                    Report.number(sim.latencies().percentileMillis(99) / wm.latencies().percentileMillis(99))));
            Measured stream = servers.get(3);
            report.line(String.format("(The simulator writes an answer of up to 16 KiB straight into the response "
                    + "buffer; the bare handler written so too, the strictest peer: simulator / it throughput %s×, "
                    + "server CPU per request %s×, p99 %s×.)",
                    Report.number(sim.perSecond() / stream.perSecond()),
                    Report.number(sim.serverCpuMicrosPerRequest() / stream.serverCpuMicrosPerRequest()),
                    Report.number(sim.latencies().percentileMillis(99) / stream.latencies().percentileMillis(99))));
        }
    }

    private static Measured measured(String name, ServerProcess server, Settings settings, String ks, int length) {
        return measured(name, server, "", settings, ks, length);
    }

    private static Measured measured(String name, ServerProcess server, String prefix, Settings settings, String ks,
                                     int length) {
        String url = server.baseUrl() + prefix + "/api/v1/events/list";
        return new Measured(name, server, url, new ClosedLoop(settings.driver(), settings.connections(),
                BenchRequest.post(url, ks, QUERY), length));
    }
}
