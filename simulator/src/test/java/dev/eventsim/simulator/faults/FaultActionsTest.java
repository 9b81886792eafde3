package dev.eventsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultActionsTest extends ApiTest {

    private void addRule(String operation, Map<String, Object> action) {
        ApiResponse added = api.rawControl("POST", "/__sim/faults", Map.of("operations", List.of(operation), "times", 1,
                "action", action));
        assertThat(added.statusCode()).as(added.rawBody()).isEqualTo(200);
    }

    private JsonNode events() {
        return api.post("events/list", Map.of()).json().path("events");
    }

    private ApiResponse create(String name) {
        return api.post("events/create", Events.anEvent().withName(name).body());
    }

    @Test
    void respond_answers_the_chosen_code_status_and_message_in_the_error_envelope_and_changes_nothing() {
        create("Before");
        addRule("events/create", Map.of("type", "respond", "httpStatus", 403, "status", "Forbidden",
                "message", "not today"));

        ApiResponse answer = create("Refused");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.status()).isEqualTo("Forbidden");
        assertThat(answer.message()).isEqualTo("not today");
        assertThat(answer.json().size()).as("only status and message").isEqualTo(2);
        assertThat(answer.header("x-traceid")).isNotBlank();
        assertThat(events()).extracting(e -> e.path("name").asText()).containsExactly("Before");
    }

    @Test
    void respond_may_say_when_to_retry() {
        addRule("events/list", Map.of("type", "respond", "httpStatus", 429, "retryAfterSeconds", 7));

        ApiResponse answer = api.post("events/list", Map.of());

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.status()).as("429 pairs with RateLimitReached by default").isEqualTo("RateLimitReached");
        assertThat(answer.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void latency_delays_the_call_which_then_proceeds_normally() {
        addRule("events/create", Map.of("type", "latency", "ms", 5));

        ApiResponse answer = create("Slow");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.json().path("event").path("name").asText()).isEqualTo("Slow");
        JsonNode rule = api.rawControl("GET", "/__sim/faults/f1", null).json();
        assertThat(rule.path("fired").asInt()).isEqualTo(1);
        assertThat(rule.path("lastLatencyMs").asLong()).isEqualTo(5);
        assertThat(events()).hasSize(1);
    }

    @Test
    void a_latency_range_draws_each_delay_within_its_bounds() {
        api.rawControl("POST", "/__sim/faults", Map.of("operations", List.of("events/list"), "seed", 3,
                "action", Map.of("type", "latency", "minMs", 1, "maxMs", 20)));

        for (int i = 0; i < 5; i++) {
            assertThat(api.post("events/list", Map.of()).statusCode()).isEqualTo(200);
            assertThat(api.rawControl("GET", "/__sim/faults/f1", null).json().path("lastLatencyMs").asLong())
                    .isBetween(1L, 20L);
        }
        JsonNode rule = api.rawControl("GET", "/__sim/faults/f1", null).json();
        assertThat(rule.path("action").path("minMs").asLong()).isEqualTo(1);
        assertThat(rule.path("action").path("maxMs").asLong()).isEqualTo(20);
        assertThat(rule.path("fired").asInt()).isEqualTo(5);
    }

    @Test
    void drop_closes_the_connection_without_an_answer_and_creates_nothing() {
        create("Before");
        addRule("events/create", Map.of("type", "drop"));

        assertThatThrownBy(() -> create("Dropped"))
                .as("the client reads no HTTP answer at all")
                .hasCauseInstanceOf(IOException.class);

        assertThat(events()).extracting(e -> e.path("name").asText()).containsExactly("Before");
        assertThat(create("After").statusCode()).as("the spent rule lets the next call through").isEqualTo(200);
        assertThat(api.rawControl("GET", "/__sim/faults/f1", null).json().path("fired").asInt()).isEqualTo(1);
    }

    @Test
    void commit_then_fail_creates_the_event_exactly_once_and_answers_500() {
        addRule("events/create", Map.of("type", "commitThenFail"));

        ApiResponse answer = create("Created anyway");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.status()).isEqualTo("OperationNotAllowed");
        assertThat(answer.json().has("event")).as("the result is not sent").isFalse();
        JsonNode found = api.post("events/list", Map.of("filter", Map.of("searchTerm", "Created anyway"))).json();
        assertThat(found.path("totalCount").asInt())
                .as("the guide's recovery: search events/list for the name, and find exactly one")
                .isEqualTo(1);
        JsonNode journaled = api.rawControl("GET", "/__sim/journal?operation=events/create", null).json()
                .path("entries").get(0);
        assertThat(journaled.path("httpStatus").asInt()).isEqualTo(500);
        assertThat(journaled.path("fault").asText()).as("the journal names the rule and its action")
                .endsWith(" commitThenFail");
    }

    @Test
    void commit_then_fail_on_an_update_applies_the_change() {
        long id = create("Old name").json().path("event").path("id").asLong();
        addRule("events/update", Map.of("type", "commitThenFail", "message", "gateway lost the answer"));

        ApiResponse answer = api.post("events/update", Map.of("id", id, "name", "New name"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message()).isEqualTo("gateway lost the answer");
        assertThat(events().get(0).path("name").asText()).isEqualTo("New name");
    }

    @Test
    void commit_then_fail_lets_an_invalid_call_answer_its_own_error() {
        addRule("events/create", Map.of("type", "commitThenFail"));

        ApiResponse answer = api.post("events/create", Events.anEvent().without("name").body());

        assertThat(answer.statusCode()).as("nothing was applied, so nothing is reported as a 500").isEqualTo(400);
        assertThat(events()).isEmpty();
    }
}
