package dev.eventsim.simulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.admin.LifecycleView;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.RequestStatus;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifecycleTest extends ApiTest {
    private long eventId;

    @BeforeEach
    void anEventOnTheFirstOfMay() {
        api.control().freezeClockAt(Instant.parse("2030-04-01T00:00:00Z"));
        eventId = api.post("events/create", Events.anEvent()
                .withDates("2030-05-01T14:00:00Z", "2030-05-01T16:00:00Z").body()).json().path("event").path("id").asLong();
    }

    private String state() {
        return api.control().lifecycle(eventId).state();
    }

    private void clockAt(String instant) {
        api.control().setClock(Instant.parse(instant));
    }

    @Test
    void a_new_event_is_a_draft_whatever_the_clock_says() {
        assertThat(state()).isEqualTo("draft");
        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).as("not published, so never live").isEqualTo("draft");
    }

    @Test
    void a_published_event_is_scheduled_then_live_then_ended_as_the_clock_passes_its_dates() {
        LifecycleView published = api.control().publishEvent(eventId);
        assertThat(published.state()).isEqualTo("scheduled");
        assertThat(published.publishedAt()).isEqualTo("2030-04-01T00:00:00.000Z");

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
        api.control().publishEvent(eventId);
        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).isEqualTo("live");

        api.post("events/update", Map.of("id", eventId, "startDate", "2030-06-01T14:00:00Z",
                "endDate", "2030-06-01T16:00:00Z"));

        assertThat(state()).isEqualTo("scheduled");
    }

    @Test
    void a_cancelled_event_stays_cancelled_and_cannot_be_published() {
        api.control().publishEvent(eventId);
        LifecycleView cancelled = api.control().cancelEvent(eventId);
        assertThat(cancelled.state()).isEqualTo("cancelled");

        clockAt("2030-05-01T15:00:00Z");
        assertThat(state()).isEqualTo("cancelled");
        ApiException republish = Refused.by(() -> api.control().publishEvent(eventId));
        assertThat(republish.httpStatus()).isEqualTo(409);
        assertThat(republish.status()).isEqualTo(RequestStatus.OperationNotAllowed);
        assertThat(state()).isEqualTo("cancelled");
    }

    @Test
    void publishing_twice_keeps_the_first_publication() {
        api.control().publishEvent(eventId);
        api.control().advanceClock(Duration.ofHours(1));

        LifecycleView again = api.control().publishEvent(eventId);

        assertThat(again.publishedAt()).isEqualTo("2030-04-01T00:00:00.000Z");
    }

    @Test
    void unknown_and_deleted_events_have_no_lifecycle() {
        // The route's own codes for an unknown id and one that is not a number.
        assertThat(api.rawControl("GET", "/__sim/events/999999/lifecycle", null).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("GET", "/__sim/events/abc/lifecycle", null).statusCode()).isEqualTo(400);

        api.post("events/delete", Map.of("id", eventId));

        ApiException gone = Refused.by(() -> api.control().publishEvent(eventId));
        assertThat(gone.httpStatus()).isEqualTo(404);
        assertThat(gone.status()).isEqualTo(RequestStatus.ResourceDoesNotExist);
    }
}
