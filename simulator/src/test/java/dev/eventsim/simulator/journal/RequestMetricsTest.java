package dev.eventsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The meters are set up on a thread of their own, a second after the server listens or when a
 * scrape needs them; no call waits for them, and none is lost meanwhile.
 */
class RequestMetricsTest {

    @Test
    void calls_recorded_before_the_meters_exist_are_in_the_first_scrape() {
        try (RequestMetrics metrics = new RequestMetrics()) {
            metrics.record("events/list", 200, 1_000_000);
            metrics.record("events/list", 200, 2_000_000);
            metrics.record("events/create", 400, 500_000);

            String text = metrics.scrape();

            assertThat(countOf(text, "events/list", 200)).isEqualTo(2);
            assertThat(countOf(text, "events/create", 400)).isEqualTo(1);
        }
    }

    @Test
    void calls_from_many_threads_while_the_meters_are_being_set_up_are_all_counted() throws Exception {
        try (RequestMetrics metrics = new RequestMetrics()) {
            metrics.setUpInBackground();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread caller = new Thread(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        metrics.record("events/list", 200, 1_000);
                    }
                });
                callers.add(caller);
                caller.start();
            }
            metrics.scrape(); // sets the meters up while the callers record
            for (Thread caller : callers) {
                caller.join();
            }

            assertThat(countOf(metrics.scrape(), "events/list", 200)).isEqualTo(20_000);
        }
    }

    @Test
    void a_closed_simulator_that_never_set_its_meters_up_cannot_be_scraped() {
        RequestMetrics metrics = new RequestMetrics();
        metrics.record("events/list", 200, 1_000);
        metrics.close();

        assertThatThrownBy(metrics::scrape).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    /** The histogram's count line for one operation and status; 0 when it is not there yet. */
    private static long countOf(String scrape, String operation, int status) {
        return scrape.lines()
                .filter(line -> line.startsWith("events_api_requests_seconds_count{"))
                .filter(line -> line.contains("operation=\"" + operation + "\""))
                .filter(line -> line.contains("status=\"" + status + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
