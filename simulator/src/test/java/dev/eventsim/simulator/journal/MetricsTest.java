package dev.eventsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}. Each test has a simulator of its own: these counters never go back to zero. */
class MetricsTest {
    private EventsSimulator simulator;
    private Api api;

    @BeforeEach
    void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults());
        api = new Api(simulator.baseUrl(), simulator.adminKs());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private ApiResponse scrape(Api client) {
        ApiResponse metrics = client.send(client.request("/metrics").GET().build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics;
    }

    /** The value of the sample of that name whose labels include all those given, or null when there is none. */
    private static Double sample(String text, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(text);
        while (line.find()) {
            List<String> present = List.of(line.group(1).split(","));
            if (present.containsAll(List.of(labels))) {
                return Double.valueOf(line.group(2));
            }
        }
        return null;
    }

    private static Double count(String text, String operation, String status) {
        return sample(text, "events_api_requests_seconds_count", "operation=\"" + operation + "\"",
                "status=\"" + status + "\"");
    }

    @Test
    void the_request_counter_counts_each_operation_by_http_status() {
        api.post("events/create", Events.anEvent().body());
        api.post("events/create", Events.anEvent().body());
        api.post("events/create", Events.anEvent().without("name").body());
        api.post("events/list", Map.of());

        String text = scrape(api).rawBody();

        assertThat(count(text, "events/create", "200")).isEqualTo(2.0);
        assertThat(count(text, "events/create", "400")).isEqualTo(1.0);
        assertThat(count(text, "events/list", "200")).isEqualTo(1.0);
        assertThat(count(text, "events/list", "400")).as("no such calls").isNull();
        assertThat(sample(text, "events_api_requests_seconds_sum", "operation=\"events/create\"", "status=\"200\""))
                .isPositive();
        assertThat(sample(text, "events_api_requests_seconds_bucket", "operation=\"events/create\"",
                "status=\"200\"", "le=\"+Inf\"")).as("a latency histogram").isEqualTo(2.0);
    }

    @Test
    void jvm_metrics_are_exposed() {
        String text = scrape(api).rawBody();

        assertThat(text).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "jvm_gc_", "process_uptime_seconds", "system_cpu_count");
    }

    @Test
    void metrics_are_prometheus_text_need_no_ks_nor_admin_token_and_are_not_journaled() {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("s3cret"))) {
            Api anonymous = new Api(guarded.baseUrl(), null);

            ApiResponse metrics = scrape(anonymous);

            assertThat(metrics.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
            OpenApiCheck.assertValid("GET", "/metrics", metrics);
            scrape(anonymous);
            assertThat(metrics.rawBody()).doesNotContain("operation=\"unknown\"");
            assertThat(scrape(anonymous).rawBody()).as("neither /metrics nor the control plane is an API call")
                    .doesNotContain("events_api_requests_seconds_count{");
        }
    }

    @Test
    void a_reset_does_not_set_the_counters_back() {
        api.post("events/list", Map.of());

        api.control().reset();

        assertThat(count(scrape(api).rawBody(), "events/list", "200")).isEqualTo(1.0);
    }
}
