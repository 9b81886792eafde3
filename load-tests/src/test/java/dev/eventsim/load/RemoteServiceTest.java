package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.JobView;
import dev.eventsim.simulator.duplication.Progression;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run's set-up and clean-up against a URL target, played by a second simulator on loopback (as
 * {@code -Dtarget=http://127.0.0.1:PORT} reaches one): the check before the load fails in seconds
 * naming the URL and the cause, and the clean-up leaves nothing, categories included.
 */
class RemoteServiceTest {
    private EventsSimulator region;
    private String ks;

    @BeforeEach
    void startTheRegion() {
        region = EventsSimulator.start(SimulatorOptions.defaults().withHost("127.0.0.1").withPort(0));
        ks = region.control().adminKs(region.partners().defaultPartner().id(), "load-tests", Duration.ofHours(1));
    }

    @AfterEach
    void stopTheRegion() {
        region.close();
    }

    @Test
    void nothing_listening_stops_the_run_within_seconds_naming_the_url_and_the_cause() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/api/v1";
        RemoteService target = remote(url, ks);
        long started = System.nanoTime();

        assertThatThrownBy(target::start).isInstanceOf(RunRefused.class)
                .hasMessage("The target " + url + " does not answer: connection refused (ConnectException)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        target.finish(Run.startingNow());
    }

    @Test
    void a_ks_the_target_refuses_stops_the_run_with_the_http_status_and_the_status() {
        RemoteService target = remote(region.apiBaseUrl(), "not-a-ks");

        assertThatThrownBy(target::start).isInstanceOf(RunRefused.class)
                .hasMessageContaining(region.apiBaseUrl())
                .hasMessageContaining("HTTP 401, status NEW_LOGIN_REQUIRED")
                .hasMessageContaining("EVENTS_KS");
    }

    @Test
    void the_clean_up_leaves_no_event_team_member_category_or_job_behind() {
        region.control().jobProgression(Progression.immediate());
        RemoteService target = remote(region.apiBaseUrl(), ks);
        target.start();
        Run run = Run.startingNow();
        SeedEvents.create(target, run, 3);
        EventsApiClient client = target.client();
        long source = run.liveEvents().stream().findFirst().orElseThrow();
        long deletedByAUser = run.liveEvents().stream().skip(1).findFirst().orElseThrow();
        String jobId = client.require("events/duplicate", Map.of("sourceEventId", source,
                "event", Map.of("name", run.prefix() + " copy", "timezone", "Europe/Berlin"))).path("jobId").asText();
        run.startedJob(jobId);
        // a virtual user deleted one event itself: its categories are still there
        client.require("events/delete", Map.of("id", deletedByAUser));
        run.deletedEvent(deletedByAUser);
        client.require("team-members/create", Map.of("email", run.email("member", 1), "role", "Organizer",
                "firstName", "Load", "lastName", "Test"));

        target.finish(run);

        assertThat(client.require("events/list", Map.of()).path("totalCount").asInt()).as("events left").isZero();
        assertThat(client.require("team-members/list", Map.of()).path("teamMembers")).as("team members left")
                .isEmpty();
        JsonNode categories = new HttpJson().postForm(region.baseUrl() + "/api_v3/service/category/action/list",
                Map.of("ks", ks, "format", "1")).body();
        assertThat(categories.path("totalCount").asInt()).as("categories left").isZero();
        assertThat(region.control().jobs()).as("jobs left running")
                .extracting(JobView::jobState).allSatisfy(state -> assertThat(state).isIn("completed", "failed"));
    }

    private static RemoteService remote(String url, String ks) {
        return new RemoteService(url, ks, false, url.replaceFirst("/api/v1$", ""), new Knobs());
    }
}
