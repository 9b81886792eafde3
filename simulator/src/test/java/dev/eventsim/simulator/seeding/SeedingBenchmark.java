package dev.eventsim.simulator.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import dev.eventsim.simulator.support.Api;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures seeding 100,000 events with the default sessions and users, through the control
 * plane, and the heap the seeded data takes. It prints the figures and asserts only on what was
 * created, never on time. Opt in, since it takes a few seconds and a few hundred MB:
 * {@code mvn -B test -pl simulator -Dtest=SeedingBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SeedingBenchmark {
    private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);

    @Test
    void seeds_a_hundred_thousand_events_and_prints_the_time_and_heap_it_takes() {
        try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
            Api api = new Api(simulator.baseUrl(), simulator.adminKs());
            RemoteControlPlane seeding = api.control().withRequestTimeout(Duration.ofMinutes(10));
            for (int run = 1; run <= 3; run++) {
                api.control().reset();
                long before = usedHeap();
                long cpu = processCpuNanos();
                long started = System.nanoTime();
                // the counts and start dates as POST /__sim/seed defaults them when they are not sent
                SeedResult seeded = seeding.seed(new SeedRequest.Generated(SimulatorOptions.DEFAULT_PARTNER_ID,
                        new Generation(EVENTS, run, Generation.DEFAULT_SESSIONS_PER_EVENT,
                                Generation.DEFAULT_USERS_PER_EVENT, Generation.DEFAULT_SPEAKERS_PER_SESSION, null, null)));
                long roundTrip = (System.nanoTime() - started) / 1_000_000;
                long cpuMillis = (processCpuNanos() - cpu) / 1_000_000;
                long after = usedHeap();

                assertThat(seeded.created().events()).isEqualTo(EVENTS);
                System.out.printf("seeding run %d: %,d events, %,d sessions, %,d event users, %,d speakers: "
                                + "%,d ms in the backend, %,d ms over HTTP, %,d ms of process CPU (all threads, GC included); "
                                + "heap used %,d MB -> %,d MB (+%,d MB)%n",
                        run, seeded.created().events(), seeded.created().sessions(), seeded.created().eventUsers(),
                        seeded.created().speakers(), seeded.tookMillis(), roundTrip,
                        cpuMillis, before >> 20, after >> 20, (after - before) >> 20);
            }
            Map<String, Object> search = Map.of("filter", Map.of("searchTerm", "Security"));
            api.post("events/list", search); // the first answer also loads the OpenAPI validator of the test client
            long started = System.nanoTime();
            JsonNode page = api.post("events/list", search).json();
            System.out.printf("events/list over %,d events (searchTerm, default order): %,d ms, totalCount %,d%n",
                    EVENTS, (System.nanoTime() - started) / 1_000_000, page.path("totalCount").asInt());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
