package dev.eventsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.admin.RuleView;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRulesTest extends ApiTest {

    private static Map<String, Object> respond(int httpStatus) {
        return Map.of("type", "respond", "httpStatus", httpStatus);
    }

    /** A rule through the typed client: set-up for a test of how the API behaves under it. */
    private RuleView addRule(NewFaultRule rule) {
        return api.control().addFault(rule);
    }

    private static NewFaultRule respondingWith(int httpStatus) {
        return NewFaultRule.of(FaultAction.respond(httpStatus, null));
    }

    /** A rule sent as raw JSON, for the tests of the /__sim/faults route itself; its answer checked against the document. */
    private JsonNode addRawRule(Map<String, Object> rule) {
        ApiResponse added = api.rawControl("POST", "/__sim/faults", rule);
        assertThat(added.statusCode()).as(added.rawBody()).isEqualTo(200);
        OpenApiCheck.assertValid("POST", "/__sim/faults", added);
        return added.json();
    }

    /** A raw call to a /__sim/faults route whose answer is also checked against the project's OpenAPI document. */
    private ApiResponse documented(String method, String path) {
        ApiResponse answer = api.rawControl(method, path, null);
        OpenApiCheck.assertValid(method, path, answer);
        return answer;
    }

    private int listCode() {
        return api.post("events/list", Map.of()).statusCode();
    }

    private Api registeredPartner(long partnerId) {
        api.control().registerPartner(partnerId, "secret-" + partnerId);
        String ks = api.control().mintKs(KsRequest.admin(partnerId, "admin", 315_360_000)).ks();
        return api.withKs(ks);
    }

    @Test
    void a_rule_is_created_with_an_id_listed_read_and_removed() {
        JsonNode rule = addRawRule(Map.of("operations", List.of("events/create"), "times", 2, "action",
                Map.of("type", "respond", "httpStatus", 500, "message", "boom")));

        String id = rule.path("id").asText();
        assertThat(id).isEqualTo("f1");
        assertThat(rule.path("operations")).extracting(JsonNode::asText).containsExactly("events/create");
        assertThat(rule.path("action").path("status").asText()).as("500 pairs with OperationNotAllowed by default")
                .isEqualTo("OperationNotAllowed");
        assertThat(rule.path("fired").asInt()).isZero();
        assertThat(rule.path("remaining").asInt()).isEqualTo(2);
        assertThat(documented("GET", "/__sim/faults").json().path("rules")).hasSize(1);
        assertThat(documented("GET", "/__sim/faults/" + id).json().path("action").path("message").asText())
                .isEqualTo("boom");

        ApiResponse removed = documented("DELETE", "/__sim/faults/" + id);

        assertThat(removed.json().path("id").asText()).isEqualTo(id);
        assertThat(documented("GET", "/__sim/faults").json().path("rules")).isEmpty();
        assertThat(documented("GET", "/__sim/faults/" + id).statusCode()).isEqualTo(404);
        assertThat(documented("DELETE", "/__sim/faults/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void deleting_all_rules_removes_every_one_and_calls_succeed_again() {
        addRule(respondingWith(500));
        addRule(NewFaultRule.of(FaultAction.drop()).withOperations("events/create"));
        assertThat(listCode()).isEqualTo(500);

        ApiResponse cleared = documented("DELETE", "/__sim/faults");

        assertThat(cleared.json().path("removed").asInt()).isEqualTo(2);
        assertThat(documented("GET", "/__sim/faults").json().path("rules")).isEmpty();
        assertThat(listCode()).isEqualTo(200);
    }

    @Test
    void a_rule_matches_only_the_operations_it_names() {
        addRule(respondingWith(503).withOperations("events/create", "sessions/list"));

        assertThat(api.post("events/create", Events.anEvent().body()).statusCode()).isEqualTo(503);
        assertThat(listCode()).as("events/list is not named").isEqualTo(200);
        assertThat(api.post("team-members/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_rule_without_operations_matches_every_api_operation_but_not_the_control_plane() {
        addRule(respondingWith(503));

        assertThat(listCode()).isEqualTo(503);
        assertThat(api.post("team-members/list", Map.of()).statusCode()).isEqualTo(503);
        assertThat(api.control().health().ready()).as("the control plane answers").isTrue();
        assertThat(api.postForm("/api_v3/service/session/action/start", Map.of("partnerId", "1000001",
                "secret", SimulatorOptions.DEFAULT_ADMIN_SECRET, "type", "2", "userId", "u", "format", "1"))
                .statusCode()).as("session.start is not an /api/v1 operation").isEqualTo(200);
    }

    @Test
    void a_rule_for_one_partner_leaves_the_others_alone() {
        Api other = registeredPartner(3003);
        addRule(respondingWith(500).withPartnerId(3003));

        assertThat(other.post("events/list", Map.of()).statusCode()).isEqualTo(500);
        assertThat(listCode()).isEqualTo(200);
    }

    @Test
    void an_unauthenticated_call_is_still_a_401_under_a_rule_for_every_call() {
        addRule(respondingWith(500));

        assertThat(api.withKs(null).post("events/list", Map.of()).statusCode()).isEqualTo(401);
        assertThat(api.control().fault("f1").fired())
                .as("the rule never saw the call").isZero();
    }

    @Test
    void a_times_rule_fires_on_the_next_n_matching_calls_then_stays_listed_as_spent() {
        addRule(respondingWith(500).withOperations("events/list").withTimes(2));
        api.post("team-members/list", Map.of());

        List<Integer> codes = List.of(listCode(), listCode(), listCode(), listCode());

        assertThat(codes).containsExactly(500, 500, 200, 200);
        RuleView rule = api.control().fault("f1");
        assertThat(rule.fired()).as("the unmatched team-members call does not count").isEqualTo(2);
        assertThat(rule.remaining()).isZero();
        assertThat(rule.spent()).isTrue();
        assertThat(api.control().faults()).hasSize(1);
    }

    @Test
    void the_first_matching_rule_wins_and_a_spent_rule_gives_way_to_the_next() {
        addRule(respondingWith(503).withOperations("events/list").withTimes(1));
        addRule(respondingWith(502).withOperations("events/list"));

        List<Integer> codes = List.of(listCode(), listCode(), listCode());

        assertThat(codes).containsExactly(503, 502, 502);
        assertThat(api.control().fault("f2").fired()).isEqualTo(2);
    }

    @Test
    void a_probability_rule_with_a_seed_repeats_the_same_pattern_in_another_simulator() {
        NewFaultRule rule = respondingWith(500).withOperations("events/list").withProbability(0.5).withSeed(7);
        addRule(rule);
        List<Integer> here = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            here.add(listCode());
        }

        List<Integer> there = new ArrayList<>();
        try (EventsSimulator second = EventsSimulator.start(SimulatorOptions.defaults())) {
            Api other = new Api(second.baseUrl(), second.adminKs());
            other.control().addFault(rule);
            for (int i = 0; i < 40; i++) {
                there.add(other.post("events/list", Map.of()).statusCode());
            }
        }

        assertThat(here).as("some calls fail, some pass").contains(200, 500);
        assertThat(there).isEqualTo(here);
        assertThat(api.control().fault("f1").fired())
                .isEqualTo((int) here.stream().filter(code -> code == 500).count());
    }

    @Test
    void without_a_rule_seed_the_simulator_seed_makes_the_pattern_repeat_and_another_seed_changes_it() {
        NewFaultRule rule = respondingWith(500).withProbability(0.5);
        addRule(rule);
        long seed = api.control().fault("f1").seed();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            first.add(listCode());
        }

        api.control().reset();
        addRule(rule);
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            again.add(listCode());
        }

        api.control().reset();
        addRule(rule.withSeed(seed + 1));
        List<Integer> otherSeed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            otherSeed.add(listCode());
        }

        assertThat(again).as("a reset starts rule numbers, hence derived seeds, over").isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void probability_zero_never_fires_and_one_always_fires() {
        addRule(respondingWith(500).withOperations("events/list").withProbability(0));
        addRule(respondingWith(500).withOperations("team-members/list").withProbability(1));

        for (int i = 0; i < 10; i++) {
            assertThat(listCode()).isEqualTo(200);
            assertThat(api.post("team-members/list", Map.of()).statusCode()).isEqualTo(500);
        }
    }

    @Test
    void a_full_reset_removes_every_rule() {
        addRule(respondingWith(500));

        api.control().reset();

        assertThat(api.control().faults()).isEmpty();
        assertThat(listCode()).isEqualTo(200);
        assertThat(addRule(respondingWith(500)).id()).as("ids start over").isEqualTo("f1");
    }

    @Test
    void bad_rules_are_400s_naming_the_field() {
        Map<String, Map<String, Object>> bad = Map.of(
                "operations", Map.of("operations", List.of("events/explode"), "action", respond(500)),
                "probability", Map.of("probability", 1.5, "action", respond(500)),
                "times", Map.of("times", 0, "action", respond(500)),
                "not both", Map.of("times", 1, "probability", 0.5, "action", respond(500)),
                "action", Map.of("times", 1),
                "action.type", Map.of("action", Map.of("type", "explode")),
                "action.httpStatus", Map.of("action", respond(200)),
                "action.status", Map.of("action", Map.of("type", "respond", "status", "ok")),
                "action.maxMs", Map.of("action", Map.of("type", "latency", "minMs", 1, "maxMs", 60_001)),
                "partnerId", Map.of("partnerId", -1, "action", respond(500)));

        bad.forEach((field, rule) -> {
            ApiResponse answer = api.rawControl("POST", "/__sim/faults", rule);
            OpenApiCheck.assertValid("POST", "/__sim/faults", answer);
            assertThat(answer.statusCode()).as(field).isEqualTo(400);
            assertThat(answer.status()).isEqualTo("InvalidArgument");
            assertThat(answer.message()).as(field).contains(field.equals("action.maxMs") ? "action.minMs" : field);
        });
        assertThat(api.control().faults()).isEmpty();
    }
}
