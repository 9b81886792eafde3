package dev.eventsim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.journal.JournalCounts;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Given;
import dev.eventsim.simulator.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /__sim/overview}, the dashboard's read model. */
class OverviewTest extends ApiTest {

    private long event(Api as, String name, String templateId) {
        ApiResponse created = as.post("events/create", Events.anEvent().withName(name).withTemplate(templateId).body());
        assertThat(created.statusCode()).as("events/create: %s", created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    /** The overview route, the subject here (it has no typed task: it is the dashboard's read), over raw HTTP. */
    private JsonNode overview(String query) {
        ApiResponse answer = api.rawControl("GET", "/__sim/overview" + query, null);
        assertThat(answer.statusCode()).as("overview%s: %s", query, answer.rawBody()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode partner(JsonNode overview, long partnerId) {
        for (JsonNode partner : overview.path("partners")) {
            if (partner.path("partnerId").asLong() == partnerId) {
                return partner;
            }
        }
        throw new AssertionError("partner " + partnerId + " is not in " + overview);
    }

    @Test
    void an_event_shows_its_lifecycle_state_sessions_participants_and_users() {
        api.control().freezeClockAt(Instant.parse("2030-05-01T13:00:00Z"));
        long eventId = event(api, "Town hall", "tm4000");
        String sessionId = api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions").get(0)
                .path("id").asText();
        String ada = Given.aUser(api, Users.aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.com")
                .asSpeaker());
        String grace = Given.aUser(api, Users.aUser(eventId).named("Grace", "Hopper").withEmail("grace@example.com")
                .withRoles("Moderator", "Attendees"));
        api.post("session-participants/add", Map.of("eventId", eventId, "sessionId", sessionId,
                "speakers", List.of(Map.of("userId", ada, "order", 2)), "moderatorIds", List.of(grace)));
        api.control().publishEvent(eventId);

        JsonNode overview = overview("");

        assertThat(overview.path("clock").asText()).isEqualTo("2030-05-01T13:00:00.000Z");
        JsonNode partner = partner(overview, SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(partner.path("isDefault").asBoolean()).isTrue();
        assertThat(partner.path("totalEvents").asInt()).isEqualTo(1);
        assertThat(partner.path("totalSessions").asInt()).isEqualTo(2);
        JsonNode event = partner.path("events").get(0);
        assertThat(event.path("id").asLong()).isEqualTo(eventId);
        assertThat(event.path("name").asText()).isEqualTo("Town hall");
        assertThat(event.path("templateId").asText()).isEqualTo("tm4000");
        assertThat(event.path("state").asText()).as("published, before its start").isEqualTo("scheduled");
        assertThat(event.path("sessionCount").asInt()).isEqualTo(2);
        JsonNode session = event.path("sessions").get(0);
        assertThat(session.path("id").asText()).isEqualTo(sessionId);
        assertThat(session.path("type").asText()).isEqualTo("MeetingEntry");
        assertThat(session.path("speakers").get(0).path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(session.path("speakers").get(0).path("order").asInt()).isEqualTo(2);
        assertThat(session.path("moderators").get(0).path("userId").asText()).isEqualTo(grace);
        assertThat(session.path("moderators").get(0).path("name").asText()).isEqualTo("Grace Hopper");
        assertThat(event.path("userCount").asInt()).isEqualTo(2);
        assertThat(event.path("users").get(1).path("roles")).extracting(JsonNode::asText)
                .containsExactly("Attendees", "Moderator");
    }

    @Test
    void the_state_follows_the_clock_and_a_cancellation() {
        api.control().freezeClockAt(Instant.parse("2030-05-01T13:00:00Z"));
        long live = event(api, "Live one", "tm0000");
        long cancelled = event(api, "Cancelled one", "tm0000");
        long draft = event(api, "Draft one", "tm0000");
        api.control().publishEvent(live);
        api.control().cancelEvent(cancelled);

        api.control().advanceClock(Duration.ofMinutes(90));

        JsonNode events = partner(overview(""), SimulatorOptions.DEFAULT_PARTNER_ID).path("events");
        assertThat(events).extracting(e -> e.path("id").asLong() + " " + e.path("state").asText())
                .as("newest first").containsExactly(draft + " draft", cancelled + " cancelled", live + " live");
    }

    @Test
    void limit_bounds_the_events_of_each_partner_and_the_totals_count_them_all() {
        long first = event(api, "First", "tm0000");
        long second = event(api, "Second", "tm1000");
        long third = event(api, "Third", "tm2000");

        JsonNode overview = overview("?limit=2");

        JsonNode partner = partner(overview, SimulatorOptions.DEFAULT_PARTNER_ID);
        assertThat(overview.path("limit").asInt()).isEqualTo(2);
        assertThat(partner.path("totalEvents").asInt()).isEqualTo(3);
        assertThat(partner.path("totalSessions").asInt()).isEqualTo(2);
        assertThat(partner.path("returned").asInt()).isEqualTo(2);
        assertThat(partner.path("events")).extracting(e -> e.path("id").asLong()).containsExactly(third, second);
        assertThat(first).isLessThan(second);
    }

    @Test
    void partner_id_narrows_it_to_one_partner_and_every_partner_is_listed_without_it() {
        api.control().registerPartner(3003, "secret-3003");
        Api other = api.withKs(api.control().mintKs(new KsRequest(3003L, null, null, null, null, null)).ks());
        event(other, "Theirs", "tm0000");
        event(api, "Ours", "tm0000");

        JsonNode one = overview("?partnerId=3003");
        JsonNode all = overview("");

        assertThat(one.path("partners")).hasSize(1);
        assertThat(one.path("partners").get(0).path("isDefault").asBoolean()).isFalse();
        assertThat(one.path("partners").get(0).path("events").get(0).path("name").asText()).isEqualTo("Theirs");
        assertThat(all.path("partners")).extracting(p -> p.path("partnerId").asLong())
                .containsExactly(SimulatorOptions.DEFAULT_PARTNER_ID, 3003L);
        assertThat(partner(all, SimulatorOptions.DEFAULT_PARTNER_ID).path("events").get(0).path("name").asText())
                .isEqualTo("Ours");
    }

    @Test
    void deleted_events_and_their_users_are_gone_from_it() {
        long kept = event(api, "Kept", "tm0000");
        long deleted = event(api, "Deleted", "tm2000");
        Given.aUser(api, Users.aUser(deleted));
        api.post("events/delete", Map.of("id", deleted));

        JsonNode partner = partner(overview(""), SimulatorOptions.DEFAULT_PARTNER_ID);

        assertThat(partner.path("events")).extracting(e -> e.path("id").asLong()).containsExactly(kept);
        assertThat(partner.path("totalSessions").asInt()).isZero();
    }

    @Test
    void reading_it_is_not_journaled_and_changes_nothing() {
        event(api, "Town hall", "tm4000");
        JournalCounts counts = api.control().journalCounts();
        JsonNode before = overview("");

        JsonNode after = overview("");

        assertThat(api.control().journalCounts()).isEqualTo(counts);
        assertThat(after.path("partners")).isEqualTo(before.path("partners"));
    }

    @Test
    void bad_parameters_are_400s_naming_them_and_an_unknown_partner_is_a_404() {
        assertThat(api.rawControl("GET", "/__sim/overview?limit=0", null).message()).contains("limit");
        assertThat(api.rawControl("GET", "/__sim/overview?limit=501", null).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("GET", "/__sim/overview?limit=many", null).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("GET", "/__sim/overview?partnerId=abc", null).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("GET", "/__sim/overview?partnerId=0", null).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("GET", "/__sim/overview?page=2", null).message()).contains("'page'");
        ApiResponse unknown = api.rawControl("GET", "/__sim/overview?partnerId=999", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo("ResourceDoesNotExist");
    }
}
