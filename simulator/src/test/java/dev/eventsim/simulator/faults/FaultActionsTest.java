package dev.eventsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.admin.RuleView;
import dev.eventsim.simulator.api.RequestStatus;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Journals;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultActionsTest extends ApiTest {

    private void addRule(String operation, FaultAction action) {
        api.control().addFault(NewFaultRule.of(action).withOperations(operation).withTimes(1));
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
        addRule("events/create", new FaultAction.Respond(403, RequestStatus.Forbidden, "not today", null));

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
        addRule("events/list", new FaultAction.Respond(429, FaultAction.Respond.statusFor(429), null, 7L));

        ApiResponse answer = api.post("events/list", Map.of());

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.status()).as("429 pairs with RateLimitReached by default").isEqualTo("RateLimitReached");
        assertThat(answer.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void latency_delays_the_call_which_then_proceeds_normally() {
        addRule("events/create", FaultAction.latency(5));

        ApiResponse answer = create("Slow");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.json().path("event").path("name").asText()).isEqualTo("Slow");
        RuleView rule = api.control().fault("f1");
        assertThat(rule.fired()).isEqualTo(1);
        assertThat(rule.lastLatencyMs()).isEqualTo(5);
        assertThat(events()).hasSize(1);
    }

    @Test
    void a_latency_range_draws_each_delay_within_its_bounds() {
        api.control().addFault(NewFaultRule.of(new FaultAction.Latency(1, 20)).withOperations("events/list").withSeed(3));

        for (int i = 0; i < 5; i++) {
            assertThat(api.post("events/list", Map.of()).statusCode()).isEqualTo(200);
            assertThat(api.control().fault("f1").lastLatencyMs()).isBetween(1L, 20L);
        }
        RuleView rule = api.control().fault("f1");
        assertThat(rule.action().minMs()).isEqualTo(1);
        assertThat(rule.action().maxMs()).isEqualTo(20);
        assertThat(rule.fired()).isEqualTo(5);
    }

    @Test
    void drop_closes_the_connection_without_an_answer_and_creates_nothing() {
        create("Before");
        addRule("events/create", FaultAction.drop());

        assertThatThrownBy(() -> create("Dropped"))
                .as("the client reads no HTTP answer at all")
                .hasCauseInstanceOf(IOException.class);

        assertThat(events()).extracting(e -> e.path("name").asText()).containsExactly("Before");
        assertThat(create("After").statusCode()).as("the spent rule lets the next call through").isEqualTo(200);
        assertThat(api.control().fault("f1").fired()).isEqualTo(1);
    }

    @Test
    void commit_then_fail_creates_the_event_exactly_once_and_answers_500() {
        addRule("events/create", FaultAction.commitThenFail());

        ApiResponse answer = create("Created anyway");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.status()).isEqualTo("OperationNotAllowed");
        assertThat(answer.json().has("event")).as("the result is not sent").isFalse();
        JsonNode found = api.post("events/list", Map.of("filter", Map.of("searchTerm", "Created anyway"))).json();
        assertThat(found.path("totalCount").asInt())
                .as("the guide's recovery: search events/list for the name, and find exactly one")
                .isEqualTo(1);
        JournalEntry journaled = api.control().journal(Journals.entries().ofOperation("events/create").query())
                .entries().get(0);
        assertThat(journaled.httpStatus()).isEqualTo(500);
        assertThat(journaled.fault()).as("the journal names the rule and its action")
                .endsWith(" commitThenFail");
    }

    @Test
    void commit_then_fail_on_an_update_applies_the_change() {
        long id = create("Old name").json().path("event").path("id").asLong();
        addRule("events/update", new FaultAction.CommitThenFail("gateway lost the answer"));

        ApiResponse answer = api.post("events/update", Map.of("id", id, "name", "New name"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message()).isEqualTo("gateway lost the answer");
        assertThat(events().get(0).path("name").asText()).isEqualTo("New name");
    }

    @Test
    void commit_then_fail_lets_an_invalid_call_answer_its_own_error() {
        addRule("events/create", FaultAction.commitThenFail());

        ApiResponse answer = api.post("events/create", Events.anEvent().without("name").body());

        assertThat(answer.statusCode()).as("nothing was applied, so nothing is reported as a 500").isEqualTo(400);
        assertThat(events()).isEmpty();
    }
}
