package dev.eventsim.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.junit.EventsSimulatorTest;
import dev.eventsim.junit.Ks;
import dev.eventsim.junit.SimulatorUrl;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One simulator for the class on a free port, reset before each test; what a test needs is injected. */
@EventsSimulatorTest
class AnnotationStyleTest {
    private static final Instant START = Instant.parse("2030-05-01T14:00:00Z");

    @BeforeEach
    void noonOnLaunchDay(ControlPlane control) {
        control.freezeClockAt(START.minus(Duration.ofHours(2)));
    }

    @Test
    void a_duplicate_that_takes_two_minutes_completes_without_waiting(EventsClient client, ControlPlane control) {
        control.jobProgression(Progression.afterDuration(Duration.ofMinutes(2)));
        Event launch = client.events().create(NewEvent.builder()
                .templateId("tm2000").name("Launch").timezone("UTC")
                .startDate(START).endDate(START.plus(Duration.ofHours(1)))
                .build());

        // The injected client waits by moving the simulator's clock: no real time passes.
        Event copy = client.events().duplicateAndWait(DuplicateEventRequest.builder(launch.id())
                .name("Launch (again)").timezone("Europe/Berlin").build());

        assertThat(copy.name()).isEqualTo("Launch (again)");
        assertThat(control.now()).isAfterOrEqualTo(START.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(2)));
    }

    @Test
    void the_client_retries_the_503s_it_is_given(EventsClient client, ControlPlane control) {
        control.addFault(NewFaultRule.of(FaultAction.respond(503, "Service unavailable"))
                .withOperations("events/list").withTimes(2));

        assertThat(client.events().list().totalCount()).isZero();
        assertThat(control.faults().get(0).fired()).as("two 503s, then the answer").isEqualTo(2);
    }

    @Test
    void any_http_client_can_use_the_url_and_the_ks(@SimulatorUrl(api = true) String apiBaseUrl, @Ks String ks)
            throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(apiBaseUrl + "/events/list"))
                        .header("Authorization", "Bearer " + ks)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"totalCount\":0");
    }
}
