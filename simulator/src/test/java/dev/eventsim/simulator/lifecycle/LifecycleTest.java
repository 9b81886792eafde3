package dev.eventsim.simulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifecycleTest extends ApiTest {
    private long eventId;

    @BeforeEach
    void anEventOnTheFirstOfMay() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", "2030-04-01T00:00:00Z"));
        eventId = api.post("events/create", Events.anEvent()
                .withDates("2030-05-01T14:00:00Z", "2030-05-01T16:00:00Z").body()).json().path("event").path("id").asLong();
    }

    private String state() {
        return api.rawControl("GET", "/__sim/events/" + eventId + "/lifecycle", null).json().path("state").asText();
    }

    private void clockAt(String instant) {
        api.rawControl("POST", "/__sim/clock/set", Map.of("now", instant));
    }

    @Test
    void a_new_event_is_a_draft_whatever_the_clock_says() {
        assertThat(state()).isEqualTo("draft");
        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).as("not published, so never live").isEqualTo("draft");
    }

    @Test
    void a_published_event_is_scheduled_then_live_then_ended_as_the_clock_passes_its_dates() {
        ApiResponse published = api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        assertThat(published.json().path("state").asText()).isEqualTo("scheduled");
        assertThat(published.json().path("publishedAt").asText()).isEqualTo("2030-04-01T00:00:00.000Z");

        clockAt("2030-05-01T13:59:59.999Z");
        assertThat(state()).isEqualTo("scheduled");
        clockAt("2030-05-01T14:00:00Z");
        assertThat(state()).as("live from startDate inclusive").isEqualTo("live");
        clockAt("2030-05-01T15:59:59.999Z");
        assertThat(state()).isEqualTo("live");
        clockAt("2030-05-01T16:00:00Z");
        assertThat(state()).as("ended from endDate inclusive").isEqualTo("ended");
    }

    @Test
    void moving_the_event_dates_moves_its_derived_state() {
        api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).isEqualTo("live");

        api.post("events/update", Map.of("id", eventId, "startDate", "2030-06-01T14:00:00Z",
                "endDate", "2030-06-01T16:00:00Z"));

        assertThat(state()).isEqualTo("scheduled");
    }

    @Test
    void a_cancelled_event_stays_cancelled_and_cannot_be_published() {
        api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        ApiResponse cancelled = api.rawControl("POST", "/__sim/events/" + eventId + "/cancel", Map.of());
        assertThat(cancelled.json().path("state").asText()).isEqualTo("cancelled");

        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).isEqualTo("cancelled");
        ApiResponse republish = api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        assertThat(republish.statusCode()).isEqualTo(409);
        assertThat(republish.status()).isEqualTo("OperationNotAllowed");
        assertThat(state()).isEqualTo("cancelled");
    }

    @Test
    void publishing_twice_keeps_the_first_publication() {
        api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "1h"));

        ApiResponse again = api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.json().path("publishedAt").asText()).isEqualTo("2030-04-01T00:00:00.000Z");
    }

    @Test
    void unknown_and_deleted_events_have_no_lifecycle() {
        assertThat(api.rawControl("GET", "/__sim/events/999999/lifecycle", null).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("GET", "/__sim/events/abc/lifecycle", null).statusCode()).isEqualTo(400);

        api.post("events/delete", Map.of("id", eventId));

        ApiResponse gone = api.rawControl("POST", "/__sim/events/" + eventId + "/publish", Map.of());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.status()).isEqualTo("ResourceDoesNotExist");
    }
}
