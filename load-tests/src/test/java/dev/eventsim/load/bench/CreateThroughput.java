package dev.eventsim.load.bench;

import java.util.List;

/** events/create on the simulator: a closed loop of creates (each one a new event with one session). */
final class CreateThroughput {
    static final String EVENT = "{\"templateId\": \"tm2000\", \"name\": \"Benchmark launch\", "
            + "\"startDate\": \"2030-05-01T14:00:00Z\", \"endDate\": \"2030-05-01T16:00:00Z\", "
            + "\"timezone\": \"America/New_York\", \"description\": \"Created by the benchmark\"}";

    private CreateThroughput() {
    }

    static void run(Settings settings, Report report, SimulatorProcess simulator) {
        String ks = simulator.adminKs();
        Measured create = new Measured("simulator", simulator.server(), new ClosedLoop(settings.driver(),
                settings.connections(), BenchRequest.post(simulator.apiUrl("events/create"), ks, EVENT), -1));
        int rounds = Math.max(1, settings.rounds() / 2);
        create.warmUp(settings.warmup().dividedBy(2));
        for (int i = 0; i < rounds; i++) {
            create.round(settings.round());
        }
        create.close();
        report.heading("events/create");
        report.line(String.format("A template tm2000 event (one LiveWebcast session, three categories) per call; "
                + "%d connections, warm-up %d s, %d rounds of %d s.", settings.connections(),
                settings.warmup().dividedBy(2).toSeconds(), rounds, settings.round().toSeconds()));
        report.line("");
        report.table(Measured.header(), List.of(create.row()));
    }
}
