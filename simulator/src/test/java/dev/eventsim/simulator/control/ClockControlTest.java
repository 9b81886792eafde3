package dev.eventsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClockControlTest extends ApiTest {

    private Instant now() {
        return Instant.parse(api.rawControl("GET", "/__sim/clock", null).json().path("now").asText());
    }

    @Test
    void a_frozen_clock_stands_still_until_advanced_by_exactly_the_duration() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", "2030-01-01T00:00:00Z"));
        assertThat(now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(now()).as("frozen").isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));

        ApiResponse advanced = api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "90s"));

        assertThat(advanced.statusCode()).isEqualTo(200);
        assertThat(advanced.json().path("now").asText()).isEqualTo("2030-01-01T00:01:30.000Z");
        assertThat(advanced.json().path("frozen").asBoolean()).isTrue();
        assertThat(advanced.json().path("epochMillis").asLong())
                .isEqualTo(Instant.parse("2030-01-01T00:01:30Z").toEpochMilli());
    }

    @Test
    void advance_takes_iso_durations_short_forms_and_milliseconds() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", "2030-01-01T00:00:00Z"));

        api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "PT1H"));
        api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "2d"));
        api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", 1500));

        assertThat(now()).isEqualTo(Instant.parse("2030-01-03T01:00:01.500Z"));
    }

    @Test
    void set_moves_the_clock_and_new_timestamps_follow_it() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of());
        api.rawControl("POST", "/__sim/clock/set", Map.of("now", "2031-02-03T04:05:06.789Z"));

        ApiResponse created = api.post("events/create", Events.anEvent().body());

        assertThat(created.json().path("event").path("createdAt").asText()).isEqualTo("2031-02-03T04:05:06.789Z");
    }

    @Test
    void a_running_clock_set_ahead_keeps_running_from_there() {
        api.rawControl("POST", "/__sim/clock/set", Map.of("now", "2040-01-01T00:00:00Z"));

        ApiResponse clock = api.rawControl("GET", "/__sim/clock", null);

        assertThat(clock.json().path("frozen").asBoolean()).isFalse();
        assertThat(Instant.parse(clock.json().path("now").asText()))
                .isBetween(Instant.parse("2040-01-01T00:00:00Z"), Instant.parse("2040-01-01T01:00:00Z"));
    }

    @Test
    void resume_unfreezes_from_the_frozen_reading() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", "2035-01-01T00:00:00Z"));

        ApiResponse resumed = api.rawControl("POST", "/__sim/clock/resume", Map.of());

        assertThat(resumed.json().path("frozen").asBoolean()).isFalse();
        assertThat(Instant.parse(resumed.json().path("now").asText()))
                .isBetween(Instant.parse("2035-01-01T00:00:00Z"), Instant.parse("2035-01-01T01:00:00Z"));
    }

    @Test
    void advancing_past_a_ks_expiry_makes_it_a_401_at_once() {
        String ks = simulator.adminKs(simulator.partners().defaultPartner().id(), "short", Duration.ofMinutes(10));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);

        api.control().advanceClock(Duration.ofMinutes(11));
        ApiResponse expired = api.withKs(ks).post("events/list", Map.of());

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.status()).isEqualTo("NEW_LOGIN_REQUIRED");
        assertThat(expired.message()).contains("expired");
    }

    @Test
    void bad_durations_are_400s_that_leave_the_clock_alone() {
        api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", "2030-01-01T00:00:00Z"));

        assertThat(api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "soon")).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/clock/advance", Map.of("duration", "-PT1H")).statusCode()).isEqualTo(400);
        ApiResponse missing = api.rawControl("POST", "/__sim/clock/advance", Map.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.message()).contains("duration");
        assertThat(api.rawControl("POST", "/__sim/clock/set", Map.of("now", "yesterday")).statusCode()).isEqualTo(400);

        assertThat(now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }
}
