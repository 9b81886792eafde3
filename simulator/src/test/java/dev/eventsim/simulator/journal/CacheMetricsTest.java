package dev.eventsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Metrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every cache of the simulator is seen on {@code GET /metrics} with its size and its bounds, and
 * stays within them however many distinct calls come (docs/journal-and-metrics.md, "Memory").
 */
class CacheMetricsTest {
    private static final List<String> CACHES = List.of("parsed-bodies", "ks-decodes", "timestamp-parses",
            "event-json", "list-page-json", "events-list-answers", "journal");

    private EventsSimulator simulator;
    private Api api;

    @BeforeEach
    void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withJournalSize(100));
        api = new Api(simulator.baseUrl(), simulator.adminKs());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void each_cache_shows_its_entries_bytes_and_bounds() {
        api.post("events/create", Events.anEvent().body());
        api.post("events/list", Map.of());

        Metrics metrics = Metrics.scrape(api);
        for (String cache : CACHES) {
            String tag = "cache=\"" + cache + "\"";
            assertThat(metrics.value("sim_cache_entries", tag)).as(cache)
                    .isBetween(0.0, metrics.value("sim_cache_max_entries", tag));
            assertThat(metrics.value("sim_cache_bytes", tag)).as(cache)
                    .isBetween(0.0, metrics.value("sim_cache_max_bytes", tag));
        }
        assertThat(metrics.value("sim_cache_entries", "cache=\"event-json\"")).as("the listed event's JSON").isEqualTo(1);
        assertThat(metrics.value("sim_cache_entries", "cache=\"ks-decodes\"")).as("the one KS").isEqualTo(1);
    }

    @Test
    void many_distinct_queries_leave_each_cache_within_its_bound() {
        api.post("events/create", Events.anEvent().body());
        Instant from = Instant.parse("2030-01-01T00:00:00Z");
        for (int i = 0; i < 600; i++) {
            assertThat(api.post("events/list", Map.of("filter", Map.of("startDateGreaterThanOrEqual",
                    from.plus(Duration.ofSeconds(i)).toString()))).statusCode()).isEqualTo(200);
        }

        Metrics metrics = Metrics.scrape(api);
        assertThat(metrics.value("sim_cache_max_entries", "cache=\"parsed-bodies\"")).isEqualTo(512);
        assertThat(metrics.value("sim_cache_entries", "cache=\"parsed-bodies\""))
                .as("600 bodies went through a cache of 512").isBetween(1.0, 512.0);
        assertThat(metrics.value("sim_cache_max_entries", "cache=\"events-list-answers\"")).isEqualTo(256);
        assertThat(metrics.value("sim_cache_entries", "cache=\"events-list-answers\""))
                .as("600 queries went through a cache of 256 a partner").isBetween(1.0, 256.0);
        assertThat(metrics.value("sim_cache_entries", "cache=\"journal\"")).as("--journal-size 100").isEqualTo(100);
        assertThat(metrics.value("sim_cache_entries", "cache=\"timestamp-parses\""))
                .isBetween(1.0, metrics.value("sim_cache_max_entries", "cache=\"timestamp-parses\""));
        for (String cache : CACHES) {
            String tag = "cache=\"" + cache + "\"";
            assertThat(metrics.value("sim_cache_bytes", tag)).as(cache)
                    .isLessThanOrEqualTo(metrics.value("sim_cache_max_bytes", tag));
        }
    }
}
