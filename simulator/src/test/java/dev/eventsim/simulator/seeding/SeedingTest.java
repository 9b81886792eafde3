package dev.eventsim.simulator.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedingTest extends ApiTest {
    private static final String FROZEN_AT = "2029-06-01T09:00:00Z";

    /** The seed route itself is what these tests try (its bodies, codes and messages): raw HTTP. */
    private static ApiResponse seed(Api on, Object body) {
        return on.rawControl("POST", "/__sim/seed", body);
    }

    /** Every event of the partner, page by page, in the default order. */
    private static List<JsonNode> allEvents(Api on) {
        List<JsonNode> events = new ArrayList<>();
        int total;
        do {
            JsonNode page = on.post("events/list", Map.of("pager", Map.of("offset", events.size(), "limit", 15))).json();
            total = page.path("totalCount").asInt();
            page.path("events").forEach(events::add);
        } while (events.size() < total);
        return events;
    }

    /** Every events/list answer, sessions/list and event-users/list answer of the partner, as text. */
    private static List<String> everything(Api on) {
        List<String> answers = new ArrayList<>();
        for (JsonNode event : allEvents(on)) {
            long id = event.path("id").asLong();
            answers.add(event.toString());
            answers.add(on.post("sessions/list", Map.of("eventId", id)).rawBody());
            answers.add(on.post("event-users/list", Map.of("eventId", id)).rawBody());
        }
        return answers;
    }

    @Test
    void seeding_n_events_gives_exactly_n_events_with_their_sessions_users_and_speakers() {
        ApiResponse seeded = seed(api, Map.of("events", 12, "seed", 7));

        assertThat(seeded.statusCode()).as(seeded.rawBody()).isEqualTo(200);
        JsonNode created = seeded.json().path("created");
        assertThat(seeded.json().path("partnerId").asLong()).isEqualTo(SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(created.path("events").asInt()).isEqualTo(12);
        assertThat(created.path("eventUsers").asInt()).as("3 users per event by default").isEqualTo(36);
        assertThat(created.path("speakers").asInt()).as("1 speaker on each of 2 sessions per event").isEqualTo(24);
        assertThat(seeded.json().path("tookMillis").asLong()).isNotNegative();
        OpenApiCheck.assertValid("POST", "/__sim/seed", seeded);

        List<JsonNode> events = allEvents(api);
        assertThat(events).hasSize(12);
        int sessions = 0;
        int users = 0;
        int speakers = 0;
        for (JsonNode event : events) {
            long eventId = event.path("id").asLong();
            JsonNode eventSessions = api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions");
            assertThat(eventSessions.size()).as("the template's sessions and 2 more").isGreaterThanOrEqualTo(2);
            sessions += eventSessions.size();
            JsonNode eventUsers = api.post("event-users/list", Map.of("eventId", eventId)).json();
            assertThat(eventUsers.path("totalCount").asInt()).isEqualTo(3);
            users += eventUsers.path("totalCount").asInt();
            for (JsonNode session : eventSessions) {
                JsonNode onStage = api.post("session-participants/list",
                        Map.of("eventId", eventId, "sessionId", session.path("id").asText())).json().path("speakers");
                for (JsonNode speaker : onStage) {
                    JsonNode user = api.post("event-users/list", Map.of("eventId", eventId,
                            "filter", Map.of("idIn", List.of(speaker.path("id").asText())))).json().path("users").get(0);
                    assertThat(user.path("roles").toString()).as("a speaker holds the event's Speaker role")
                            .contains("Speaker");
                }
                speakers += onStage.size();
            }
        }
        assertThat(sessions).isEqualTo(created.path("sessions").asInt());
        assertThat(users).isEqualTo(36);
        assertThat(speakers).isEqualTo(24);
    }

    @Test
    void the_same_seed_into_two_fresh_simulators_gives_identical_answers() {
        Map<String, Object> request = Map.of("events", 20, "seed", 7, "sessionsPerEvent", 3, "usersPerEvent", 4,
                "speakersPerSession", 2);
        api.control().freezeClockAt(Instant.parse(FROZEN_AT));
        seed(api, request);

        try (EventsSimulator other = EventsSimulator.start(SimulatorOptions.defaults())) {
            Api otherApi = new Api(other.baseUrl(), other.adminKs());
            otherApi.control().freezeClockAt(Instant.parse(FROZEN_AT));
            otherApi = otherApi.withKs(other.adminKs());
            seed(otherApi, request);

            List<String> here = everything(api);
            assertThat(here).hasSize(60);
            assertThat(everything(otherApi)).as("ids, names, dates, labels, sessions and users alike").isEqualTo(here);
        }
    }

    @Test
    void a_different_seed_gives_different_events() {
        api.control().freezeClockAt(Instant.parse(FROZEN_AT));
        seed(api, Map.of("events", 10, "seed", 7));
        List<String> seven = allEvents(api).stream().map(e -> e.path("name") + " " + e.path("startDate")).toList();

        api.control().reset();
        api.control().freezeClockAt(Instant.parse(FROZEN_AT));
        seed(api, Map.of("events", 10, "seed", 8));
        List<String> eight = allEvents(api).stream().map(e -> e.path("name") + " " + e.path("startDate")).toList();

        assertThat(eight).hasSize(10).isNotEqualTo(seven);
    }

    @Test
    void seeding_a_second_partner_leaves_the_first_alone() {
        seed(api, Map.of("events", 5, "seed", 1));
        List<String> before = everything(api);
        api.control().registerPartner(3003, "secret-3003");
        String ks = api.control().mintKs(KsRequest.admin(3003, "admin", 315_360_000)).ks();

        ApiResponse seeded = seed(api, Map.of("partnerId", 3003, "events", 8, "seed", 1));

        assertThat(seeded.json().path("partnerId").asLong()).isEqualTo(3003);
        assertThat(allEvents(api.withKs(ks))).hasSize(8);
        assertThat(everything(api)).isEqualTo(before);
    }

    @Test
    void seeding_adds_to_what_the_partner_already_holds() {
        api.post("events/create", Events.anEvent().withName("Made by hand").body());

        seed(api, Map.of("events", 4, "seed", 1));

        assertThat(allEvents(api)).hasSize(5).extracting(e -> e.path("name").asText()).contains("Made by hand");
    }

    @Test
    void generated_events_start_on_the_half_hour_within_the_window_asked_for() {
        seed(api, Map.of("events", 40, "seed", 3, "startDateFrom", "2031-03-01T00:00:00Z",
                "startDateTo", "2031-03-08T00:00:00Z"));

        for (JsonNode event : allEvents(api)) {
            Instant start = Instant.parse(event.path("startDate").asText());
            Instant end = Instant.parse(event.path("endDate").asText());
            assertThat(start).isBetween(Instant.parse("2031-03-01T00:00:00Z"), Instant.parse("2031-03-07T23:30:00Z"));
            assertThat(start.getEpochSecond() % 1800).as("on the half hour").isZero();
            assertThat(end).isAfter(start);
            assertThat(event.path("templateId").asText()).matches("tm[0-4]000");
            assertThat(event.path("name").asText()).isNotBlank();
        }
    }

    @Test
    void sessions_users_and_speakers_per_event_follow_the_request() {
        ApiResponse seeded = seed(api, Map.of("events", 3, "seed", 5, "sessionsPerEvent", 0, "usersPerEvent", 7));

        assertThat(seeded.json().path("created").path("eventUsers").asInt()).isEqualTo(21);
        assertThat(seeded.json().path("created").path("speakers").asInt()).isZero();
        for (JsonNode event : allEvents(api)) {
            long eventId = event.path("id").asLong();
            JsonNode users = api.post("event-users/list", Map.of("eventId", eventId)).json();
            assertThat(users.path("totalCount").asInt()).isEqualTo(7);
            Set<String> emails = new HashSet<>();
            users.path("users").forEach(u -> emails.add(u.path("email").asText()));
            assertThat(emails).as("distinct people").hasSize(7);
        }
    }

    @Test
    void listed_events_are_seeded_as_given_with_their_users_sessions_speakers_and_moderators() {
        Map<String, Object> event = Events.anEvent().withTemplate("tm2000").withName("Launch day").body();
        event.put("labels", List.of("launch", "external"));
        event.put("users", List.of(
                Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com", "roles", List.of("Speaker")),
                Map.of("firstName", "Grace", "lastName", "Hopper", "email", "grace@example.com",
                        "roles", List.of("Moderator", "Attendees")),
                Map.of("firstName", "Alan", "lastName", "Turing", "email", "alan@example.com")));
        event.put("sessions", List.of(Map.of("name", "Keynote", "type", "LiveWebcast",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z",
                "speakers", List.of(Map.of("email", "ADA@example.com", "order", 2, "role", "advancedSpeaker")),
                "moderators", List.of("grace@example.com"))));

        ApiResponse seeded = seed(api, Map.of("events", List.of(event)));

        assertThat(seeded.statusCode()).as(seeded.rawBody()).isEqualTo(200);
        assertThat(seeded.json().path("created").toString())
                .isEqualTo("{\"events\":1,\"sessions\":2,\"eventUsers\":3,\"speakers\":1,\"moderators\":1}");
        JsonNode stored = allEvents(api).get(0);
        assertThat(stored.path("name").asText()).isEqualTo("Launch day");
        assertThat(stored.path("labels").toString()).isEqualTo("[\"launch\",\"external\"]");
        long eventId = stored.path("id").asLong();
        JsonNode sessions = api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions");
        assertThat(sessions).extracting(s -> s.path("name").asText()).containsExactly("Live webcast", "Keynote");
        JsonNode participants = api.post("session-participants/list",
                Map.of("eventId", eventId, "sessionId", sessions.get(1).path("id").asText())).json();
        assertThat(participants.path("speakers").get(0).path("email").asText()).isEqualTo("ada@example.com");
        assertThat(participants.path("speakers").get(0).path("order").asInt()).isEqualTo(2);
        assertThat(participants.path("speakers").get(0).path("sessionRole").asText()).isEqualTo("advancedSpeaker");
        assertThat(participants.path("moderators").get(0).path("email").asText()).isEqualTo("grace@example.com");
        assertThat(api.post("event-users/list", Map.of("eventId", eventId)).json().path("users"))
                .extracting(u -> u.path("roles").toString())
                .containsExactly("[\"Speaker\"]", "[\"Attendees\",\"Moderator\"]", "[\"Attendees\"]");
    }

    @Test
    void a_listed_seed_with_one_bad_event_stores_nothing() {
        Map<String, Object> bad = Events.anEvent().with("timezone", "Mars/Olympus_Mons").body();

        ApiResponse refused = seed(api, Map.of("events", List.of(Events.anEvent().body(), bad)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.message()).startsWith("events[1].timezone 'Mars/Olympus_Mons'");
        OpenApiCheck.assertValid("POST", "/__sim/seed", refused);
        assertThat(allEvents(api)).isEmpty();
    }

    @Test
    void bad_bodies_are_400s_naming_the_field() {
        Map<String, Object> speakerNotAUser = Events.anEvent().body();
        speakerNotAUser.put("sessions", List.of(Map.of("name", "Talk", "type", "MeetingEntry",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z",
                "speakers", List.of(Map.of("email", "nobody@example.com")))));
        Map<String, Object> twice = Events.anEvent().body();
        twice.put("users", List.of(Map.of("firstName", "A", "lastName", "B", "email", "a@example.com"),
                Map.of("firstName", "A", "lastName", "B", "email", "A@example.com")));
        Map<String, Object> badSession = Events.anEvent().body();
        badSession.put("sessions", List.of(Map.of("name", "Talk", "type", "MeetingEntry",
                "startDate", "2030-05-01T15:00:00Z", "endDate", "2030-05-01T14:00:00Z")));

        Map<Object, String> cases = new LinkedHashMap<>();
        cases.put(Map.of(), "events is required");
        cases.put(Map.of("events", "many", "seed", 1), "events must be a number");
        cases.put(Map.of("events", -1, "seed", 1), "events must be between 0 and 2000000");
        cases.put(Map.of("events", 10), "seed is required");
        cases.put(Map.of("events", 10, "seed", "x"), "seed must be a number");
        cases.put(Map.of("events", 10, "seed", 1, "sessionsPerEvent", 51), "sessionsPerEvent must be between 0 and 50");
        cases.put(Map.of("events", 10, "seed", 1, "usersPerEvent", 501), "usersPerEvent must be between 0 and 500");
        cases.put(Map.of("events", 10, "seed", 1, "speakersPerSession", 4), "speakersPerSession must be between 0 and 3");
        cases.put(Map.of("events", 10, "seed", 1, "startDateFrom", "next week"), "startDateFrom must be an ISO-8601");
        cases.put(Map.of("events", 10, "seed", 1, "startDateFrom", "2031-01-01T00:00:00Z",
                "startDateTo", "2030-01-01T00:00:00Z"), "startDateTo must be after startDateFrom");
        cases.put(Map.of("events", 10, "seed", 1, "sessionPerEvent", 2), "sessionPerEvent is not a field of a seed");
        cases.put(Map.of("events", List.of(Events.anEvent().body()), "seed", 1), "seed is not a field of a seed");
        cases.put(Map.of("partnerId", 0, "events", 1, "seed", 1), "partnerId must be positive");
        cases.put(Map.of("events", List.of(1)), "events[0] must be an object");
        cases.put(Map.of("events", List.of(Events.anEvent().with("templateId", "tm9999").body())),
                "events[0].templateId 'tm9999'");
        cases.put(Map.of("events", List.of(Events.anEvent().without("name").body())), "events[0].name is required");
        cases.put(Map.of("events", List.of(speakerNotAUser)),
                "events[0].sessions[0].speakers[0].email 'nobody@example.com' is not the email of one of the event's users");
        cases.put(Map.of("events", List.of(twice)), "events[0].users[1].email 'A@example.com' repeats events[0].users[0].email");
        cases.put(Map.of("events", List.of(badSession)),
                "events[0].sessions[0].endDate must be after events[0].sessions[0].startDate");

        cases.forEach((body, message) -> {
            ApiResponse refused = seed(api, body);
            assertThat(refused.statusCode()).as("%s", body).isEqualTo(400);
            assertThat(refused.status()).as("%s", body).isEqualTo("InvalidArgument");
            assertThat(refused.message()).as("%s", body).contains(message);
        });
        assertThat(allEvents(api)).as("nothing was seeded").isEmpty();
    }

    @Test
    void a_speaker_without_the_speaker_role_is_refused_as_the_api_refuses_it() {
        Map<String, Object> event = Events.anEvent().body();
        event.put("users", List.of(Map.of("firstName", "Alan", "lastName", "Turing", "email", "alan@example.com")));
        event.put("sessions", List.of(Map.of("name", "Talk", "type", "MeetingEntry",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z",
                "speakers", List.of(Map.of("email", "alan@example.com")))));

        ApiResponse refused = seed(api, Map.of("events", List.of(event)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.status()).isEqualTo("OperationNotAllowed");
        assertThat(refused.message()).startsWith("events[0].sessions[0].speakers[0].email").contains("Speaker");
    }

    @Test
    void more_than_two_million_events_or_twenty_million_records_are_refused() {
        ApiResponse tooMany = seed(api, Map.of("events", 2_000_001, "seed", 1));
        ApiResponse tooBig = seed(api, Map.of("events", 2_000_000, "seed", 1, "usersPerEvent", 500));

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.message()).contains("events must be between 0 and 2000000");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.message()).contains("events × (1 + sessionsPerEvent + usersPerEvent)");
    }

    @Test
    void an_unknown_partner_is_a_404() {
        ApiResponse refused = seed(api, Map.of("partnerId", 999, "events", 1, "seed", 1));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(refused.message()).contains("999");
        OpenApiCheck.assertValid("POST", "/__sim/seed", refused);
    }

    @Test
    void seeded_events_are_ordinary_events_of_the_api() {
        seed(api, Map.of("events", 2, "seed", 9));
        long eventId = allEvents(api).get(0).path("id").asLong();

        ApiResponse updated = api.post("events/update", Map.of("id", eventId, "name", "Renamed"));
        ApiResponse deleted = api.post("events/delete", Map.of("id", eventId));

        assertThat(updated.json().path("event").path("name").asText()).isEqualTo("Renamed");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(allEvents(api)).hasSize(1);
        assertThat(api.control().lifecycle(allEvents(api).get(0).path("id").asLong()).state()).isEqualTo("draft");
    }
}
