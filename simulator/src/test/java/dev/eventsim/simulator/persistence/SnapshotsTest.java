package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.admin.SnapshotView;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Given;
import dev.eventsim.simulator.support.OpenApiCheck;
import dev.eventsim.simulator.support.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotsTest extends ApiTest {

    @BeforeEach
    void noSnapshots() {
        // Snapshots outlive a reset on purpose; tests of this class start without any.
        for (SnapshotView snapshot : api.control().snapshots()) {
            api.control().deleteSnapshot(snapshot.name());
        }
    }

    /**
     * A call to a snapshot route, the subject of these tests, over raw HTTP and its answer checked
     * against the project's OpenAPI document; set-up goes through the typed client.
     */
    private ApiResponse call(String method, String path, Object body) {
        ApiResponse answer = api.rawControl(method, path, body);
        OpenApiCheck.assertValid(method, path, answer);
        return answer;
    }

    private ApiResponse save(Map<String, Object> body) {
        ApiResponse saved = call("POST", "/__sim/snapshots", body);
        assertThat(saved.statusCode()).as("save: %s", saved.rawBody()).isEqualTo(200);
        return saved;
    }

    private ApiResponse restore(String name) {
        return call("POST", "/__sim/snapshots/" + name + "/restore", null);
    }

    private Api registeredPartner(long partnerId) {
        api.control().registerPartner(partnerId, "secret-" + partnerId);
        return api.withKs(api.control().mintKs(KsRequest.admin(partnerId, "admin", 315_360_000)).ks());
    }

    private List<Long> eventIds(Api as) {
        List<Long> ids = new ArrayList<>();
        as.post("events/list", Map.of("orderBy", "+createdAt", "pager", Map.of("limit", 15))).json().path("events")
                .forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    /** Changes something in every table, the clock, the jobs' progression and the partner registry. */
    private void changeEverything(World world) {
        api.post("events/update", Map.of("id", world.townHall, "name", "Renamed"));
        api.post("session-participants/remove", Map.of("eventId", world.townHall, "sessionId", world.keynote,
                "moderatorIds", List.of(world.moderator)));
        api.post("event-users/delete", Map.of("eventId", world.townHall, "userId", world.speaker));
        String member = api.post("team-members/list", Map.of()).json().path("teamMembers").get(0).path("id").asText();
        api.post("team-members/delete", Map.of("id", member));
        api.post("events/delete", Map.of("id", world.workshop));
        api.post("events/duplicateStatus", Map.of("jobId", world.waitingJob));
        api.control().forceJob(world.waitingJob, Outcome.stuck);
        api.control().cancelEvent(world.townHall);
        api.control().advanceClock(Duration.ofDays(3));
        api.control().jobProgression(Progression.immediate());
        registeredPartner(3003);
        Given.anEvent(api);
    }

    @Test
    void a_whole_snapshot_brings_back_every_table_the_clock_the_jobs_and_the_partners() {
        World world = World.build(api);
        JsonNode before = World.observe(api);
        save(Map.of("name", "built"));
        changeEverything(world);
        assertThat(World.observe(api)).as("the changes took").isNotEqualTo(before);

        ApiResponse restored = restore("built");

        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(World.observe(api)).isEqualTo(before);
    }

    @Test
    void after_a_restore_ids_continue_as_they_would_have() {
        World.build(api);
        save(Map.of("name", "built"));
        JsonNode wouldHave = World.nextIds(api);
        World.nextIds(api);

        restore("built");

        assertThat(World.nextIds(api))
                .as("event id, session entry ids, category ids and hex names, job id: the generator's state came back")
                .isEqualTo(wouldHave);
    }

    @Test
    void restoring_twice_gives_the_same_state_because_a_restore_never_shares_with_the_snapshot() {
        World world = World.build(api);
        JsonNode before = World.observe(api);
        save(Map.of("name", "built"));
        restore("built");
        changeEverything(world);

        restore("built");

        assertThat(World.observe(api)).isEqualTo(before);
    }

    @Test
    void a_partner_snapshot_restores_that_partner_only() {
        Api other = registeredPartner(3003);
        long kept = Given.anEvent(other);
        long mine = Given.anEvent(api);
        save(Map.of("name", "other", "partnerId", 3003));
        long later = Given.anEvent(other);
        long mineLater = Given.anEvent(api);
        other.post("events/delete", Map.of("id", kept));
        api.control().freezeClockAt(Instant.parse("2031-01-01T00:00:00Z"));

        ApiResponse restored = restore("other");

        assertThat(restored.json().path("scope").asText()).isEqualTo("partner");
        assertThat(eventIds(other)).as("the partner's data is as it was").containsExactly(kept);
        assertThat(eventIds(api)).as("another partner's data is untouched").containsExactly(mine, mineLater);
        assertThat(api.control().readClock().now())
                .as("the clock is not the partner's").isEqualTo("2031-01-01T00:00:00.000Z");
        assertThat(Given.anEvent(other)).as("ids are never handed out twice").isGreaterThan(mineLater).isNotEqualTo(later);
    }

    @Test
    void a_partner_snapshot_restored_after_going_back_in_time_keeps_its_ids_its_own() {
        Api other = registeredPartner(3003);
        save(Map.of("name", "early"));
        long first = Given.anEvent(other);
        String session = Given.aSession(other, first);
        save(Map.of("name", "late", "partnerId", 3003));

        restore("early");
        registeredPartner(3003);
        restore("late");

        assertThat(eventIds(other)).containsExactly(first);
        long next = Given.anEvent(other);
        assertThat(next).as("the next event id is past the restored one").isGreaterThan(first);
        assertThat(Given.aSession(other, first)).as("the entry-id stream moved past the restored session")
                .isNotEqualTo(session);
    }

    @Test
    void the_list_shows_name_scope_time_and_counts_in_the_order_saved() {
        World.build(api);
        save(Map.of("name", "all-of-it"));
        save(Map.of("name", "mine", "partnerId", SimulatorOptions.DEFAULT_PARTNER_ID));

        JsonNode list = call("GET", "/__sim/snapshots", null).json().path("snapshots");

        assertThat(list).hasSize(2);
        JsonNode all = list.get(0);
        assertThat(all.path("name").asText()).isEqualTo("all-of-it");
        assertThat(all.path("scope").asText()).isEqualTo("all");
        assertThat(all.has("partnerId")).isTrue();
        assertThat(all.path("partnerId").isNull()).isTrue();
        assertThat(all.path("takenAt").asText()).as("the simulator clock's time").isEqualTo("2030-04-01T09:00:00.000Z");
        JsonNode counts = all.path("counts");
        assertThat(counts.path("partners").asInt()).isEqualTo(1);
        assertThat(counts.path("events").asInt()).as("town hall, workshop, the completed copy").isEqualTo(3);
        assertThat(counts.path("sessions").asInt()).as("3 of the town hall, 3 of its copy").isEqualTo(6);
        assertThat(counts.path("eventUsers").asInt()).as("three invited; the copy asked for no roles")
                .isEqualTo(3);
        assertThat(counts.path("sessionParticipants").asInt()).as("one session has places").isEqualTo(1);
        assertThat(counts.path("teamMembers").asInt()).isEqualTo(1);
        assertThat(counts.path("categories").asInt()).as("three per event").isEqualTo(9);
        assertThat(counts.path("eventLifecycles").asInt()).as("published and cancelled").isEqualTo(2);
        assertThat(counts.path("duplicationJobs").asInt()).isEqualTo(2);
        assertThat(list.get(1).path("scope").asText()).isEqualTo("partner");
        assertThat(list.get(1).path("partnerId").asLong()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
    }

    @Test
    void saving_a_name_again_replaces_that_snapshot() {
        save(Map.of("name", "s"));
        long event = Given.anEvent(api);
        save(Map.of("name", "s"));
        api.post("events/delete", Map.of("id", event));

        restore("s");

        assertThat(call("GET", "/__sim/snapshots", null).json().path("snapshots")).hasSize(1);
        assertThat(eventIds(api)).containsExactly(event);
    }

    @Test
    void a_deleted_snapshot_is_gone_and_a_reset_leaves_snapshots_alone() {
        save(Map.of("name", "kept"));
        save(Map.of("name", "dropped"));

        ApiResponse deleted = call("DELETE", "/__sim/snapshots/dropped", null);
        api.control().reset();

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.json().path("name").asText()).isEqualTo("dropped");
        assertThat(call("GET", "/__sim/snapshots/dropped", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/__sim/snapshots/kept", null).statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_name_is_a_404() {
        for (ApiResponse answer : List.of(restore("nope"), call("DELETE", "/__sim/snapshots/nope", null),
                call("GET", "/__sim/snapshots/nope", null))) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
            assertThat(answer.message()).contains("nope");
        }
    }

    @Test
    void a_snapshot_of_an_unknown_partner_is_a_404() {
        ApiResponse answer = call("POST", "/__sim/snapshots", Map.of("name", "x", "partnerId", 999));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("999");
    }

    @Test
    void a_bad_body_is_a_400_naming_the_field() {
        Map<Object, String> cases = Map.of(
                Map.of(), "name",
                Map.of("name", 5), "name",
                Map.of("name", "has space"), "name",
                Map.of("name", ""), "name",
                Map.of("name", "x".repeat(101)), "name",
                Map.of("name", "ok", "partnerId", "3003"), "partnerId",
                Map.of("name", "ok", "partnerId", -1), "partnerId",
                "[1]", "JSON object",
                "{oops", "JSON");
        cases.forEach((body, field) -> {
            ApiResponse answer = call("POST", "/__sim/snapshots", body);
            assertThat(answer.statusCode()).as("body %s", body).isEqualTo(400);
            assertThat(answer.status()).isEqualTo("InvalidArgument");
            assertThat(answer.message()).as("body %s", body).contains(field);
        });
        assertThat(call("GET", "/__sim/snapshots", null).json().path("snapshots")).as("nothing saved").isEmpty();
    }

    @Test
    void without_a_state_file_saving_it_is_a_409() {
        ApiResponse answer = call("POST", "/__sim/state/save", null);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.message()).contains("--state-file");
    }

    @Test
    void a_caller_sees_the_state_before_or_after_a_restore_never_half_of_it() throws Exception {
        for (int i = 0; i < 3; i++) {
            Given.anEvent(api);
        }
        save(Map.of("name", "three"));
        for (int i = 0; i < 50; i++) {
            Given.anEvent(api);
        }
        save(Map.of("name", "fifty-three"));
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean restoring = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (restoring.get()) {
                seen.add(api.post("events/list", Map.of()).json().path("totalCount").asInt());
            }
        });
        reader.start();
        for (int i = 0; i < 40; i++) {
            assertThat(restore(i % 2 == 0 ? "three" : "fifty-three").statusCode()).isEqualTo(200);
        }
        restoring.set(false);
        reader.join();

        assertThat(seen).as("event counts a reader saw while restores ran").isNotEmpty().isSubsetOf(3, 53);
    }

    @Test
    void a_snapshot_is_taken_with_the_events_of_that_moment() {
        long before = api.post("events/create", Events.anEvent().withName("before").body()).json()
                .path("event").path("id").asLong();
        save(Map.of("name", "one"));
        Given.anEvent(api);

        restore("one");

        assertThat(eventIds(api)).containsExactly(before);
    }
}
