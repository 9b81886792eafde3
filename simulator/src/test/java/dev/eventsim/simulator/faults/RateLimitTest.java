package dev.eventsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest extends ApiTest {

    @BeforeEach
    void frozenClock() {
        api.control().freezeClockAt(Instant.parse("2030-01-01T00:00:00Z"));
    }

    private void advance(String duration) {
        api.control().advanceClock(Durations.parse("duration", duration));
    }

    private ApiResponse list(Api as) {
        return as.post("events/list", Map.of());
    }

    private Api registeredPartner(long partnerId) {
        api.control().registerPartner(partnerId, "secret-" + partnerId);
        String ks = api.control().mintKs(KsRequest.admin(partnerId, "admin", 315_360_000)).ks();
        return api.withKs(ks);
    }

    @Test
    void past_the_limit_a_call_is_a_429_rate_limit_reached_with_retry_after() {
        api.control().setRateLimit(new RateLimit(null, 3, Duration.ofSeconds(10)));

        List<Integer> codes = List.of(list(api).statusCode(), list(api).statusCode(), list(api).statusCode());
        ApiResponse refused = list(api);

        assertThat(codes).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.status()).isEqualTo("RateLimitReached");
        assertThat(refused.header("Retry-After")).as("the window frees up 10 s after the first call").isEqualTo("10");
        assertThat(refused.message()).contains("3 requests per 10 s");
    }

    @Test
    void advancing_the_clock_frees_the_window_and_retry_after_counts_down() {
        api.control().setRateLimit(new RateLimit(null, 2, Duration.ofSeconds(10)));
        list(api);
        advance("4s");
        list(api);

        advance("2500ms");
        ApiResponse refused = list(api);
        advance("3500ms");
        ApiResponse freed = list(api);
        ApiResponse refusedAgain = list(api);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).as("3.5 s left, rounded up to whole seconds").isEqualTo("4");
        assertThat(freed.statusCode()).as("the first call left the window").isEqualTo(200);
        assertThat(refusedAgain.statusCode()).isEqualTo(429);
        assertThat(refusedAgain.header("Retry-After")).as("the second call leaves at 14 s").isEqualTo("4");
    }

    @Test
    void requests_per_second_is_a_window_of_one_second() {
        // requestsPerSecond is a form of the route's JSON only: raw HTTP.
        ApiResponse set = api.rawControl("POST", "/__sim/rate-limit", Map.of("requestsPerSecond", 1));
        OpenApiCheck.assertValid("POST", "/__sim/rate-limit", set);
        JsonNode limit = set.json();

        assertThat(limit.path("limit").asInt()).isEqualTo(1);
        assertThat(limit.path("window").asText()).isEqualTo("PT1S");
        assertThat(list(api).statusCode()).isEqualTo(200);
        assertThat(list(api).header("Retry-After")).isEqualTo("1");
        advance("1s");
        assertThat(list(api).statusCode()).isEqualTo(200);
    }

    @Test
    void a_refused_call_changes_nothing_and_does_not_count() {
        api.control().setRateLimit(new RateLimit(null, 1, Duration.ofMinutes(1)));
        api.post("events/create", Events.anEvent().withName("First").body());

        ApiResponse refused = api.post("events/create", Events.anEvent().withName("Second").body());
        advance("60s");

        assertThat(refused.statusCode()).isEqualTo(429);
        ApiResponse after = list(api);
        assertThat(after.statusCode()).as("refused calls never filled the window").isEqualTo(200);
        assertThat(after.json().path("events")).extracting(e -> e.path("name").asText()).containsExactly("First");
    }

    @Test
    void each_partner_has_its_own_count_under_the_limit_for_every_partner() {
        Api other = registeredPartner(3003);
        api.control().setRateLimit(new RateLimit(null, 1, Duration.ofMinutes(1)));

        assertThat(list(api).statusCode()).isEqualTo(200);
        assertThat(list(api).statusCode()).isEqualTo(429);
        assertThat(list(other).statusCode()).as("partner 3003 has its own window").isEqualTo(200);
        assertThat(list(other).statusCode()).isEqualTo(429);
    }

    @Test
    void a_limit_for_one_partner_leaves_the_others_unlimited_and_overrides_the_general_one() {
        Api other = registeredPartner(3003);
        api.control().setRateLimit(new RateLimit(3003L, 1, Duration.ofMinutes(1)));

        for (int i = 0; i < 5; i++) {
            assertThat(list(api).statusCode()).isEqualTo(200);
        }
        assertThat(list(other).statusCode()).isEqualTo(200);
        assertThat(list(other).statusCode()).isEqualTo(429);

        api.control().setRateLimit(new RateLimit(null, 100, Duration.ofMinutes(1)));
        assertThat(list(other).statusCode()).as("its own limit still applies").isEqualTo(429);
    }

    @Test
    void limits_are_shown_and_cleared_and_a_reset_clears_them() {
        // The /__sim/rate-limit routes themselves: raw HTTP; the reset is set-up.
        api.rawControl("POST", "/__sim/rate-limit", Map.of("limit", 1, "window", "1m"));
        api.rawControl("POST", "/__sim/rate-limit", Map.of("partnerId", 3003, "requestsPerSecond", 5));

        ApiResponse listed = api.rawControl("GET", "/__sim/rate-limit", null);
        OpenApiCheck.assertValid("GET", "/__sim/rate-limit", listed);
        JsonNode shown = listed.json().path("limits");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).path("partnerId").isNull()).isTrue();
        assertThat(shown.get(0).path("windowMillis").asLong()).isEqualTo(60_000);
        assertThat(shown.get(1).path("partnerId").asLong()).isEqualTo(3003);

        ApiResponse cleared = api.rawControl("DELETE", "/__sim/rate-limit?partnerId=3003", null);
        OpenApiCheck.assertValid("DELETE", "/__sim/rate-limit", cleared);
        JsonNode left = cleared.json().path("limits");
        assertThat(left).hasSize(1);
        list(api);
        assertThat(list(api).statusCode()).isEqualTo(429);

        api.control().reset();
        assertThat(api.rawControl("GET", "/__sim/rate-limit", null).json().path("limits")).isEmpty();
        assertThat(list(api).statusCode()).isEqualTo(200);
        assertThat(list(api).statusCode()).isEqualTo(200);

        api.rawControl("POST", "/__sim/rate-limit", Map.of("limit", 1, "window", "1m"));
        api.rawControl("DELETE", "/__sim/rate-limit", null);
        assertThat(list(api).statusCode()).isEqualTo(200);
        assertThat(list(api).statusCode()).isEqualTo(200);
    }

    @Test
    void an_unauthenticated_call_is_a_401_and_does_not_count() {
        api.control().setRateLimit(new RateLimit(null, 1, Duration.ofMinutes(1)));

        assertThat(list(api.withKs(null)).statusCode()).isEqualTo(401);
        assertThat(list(api).statusCode()).isEqualTo(200);
    }

    @Test
    void bad_limits_are_400s_naming_the_field() {
        Map<String, Map<String, Object>> bad = Map.of(
                "requestsPerSecond", Map.of(),
                "limit", Map.of("limit", 0, "window", "1s"),
                "window", Map.of("limit", 5),
                "not both", Map.of("requestsPerSecond", 5, "limit", 5, "window", "1s"),
                "partnerId", Map.of("partnerId", 0, "requestsPerSecond", 5));

        bad.forEach((field, body) -> {
            ApiResponse answer = api.rawControl("POST", "/__sim/rate-limit", body);
            OpenApiCheck.assertValid("POST", "/__sim/rate-limit", answer);
            assertThat(answer.statusCode()).as(field).isEqualTo(400);
            assertThat(answer.message()).as(field).contains(field);
        });
        assertThat(api.rawControl("POST", "/__sim/rate-limit", Map.of("limit", 5, "window", "soon")).message())
                .contains("window");
        assertThat(api.control().rateLimits()).isEmpty();
    }
}
