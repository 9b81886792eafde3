package dev.eventsim.simulator.sessions;

import static dev.eventsim.simulator.sessions.SessionDrafts.aSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sessions/create refuses bad input with 400 InvalidArgument naming the field, and an unknown
 * event with 404; after every refusal the event still has no session.
 */
class SessionsBadInputTest extends ApiTest {
    private long eventId;

    @BeforeEach
    void anEventWithoutSessions() {
        ApiResponse created = api.post("events/create", Events.anEvent().body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        eventId = created.json().path("event").path("id").asLong();
    }

    @AfterEach
    void nothingWasCreated() {
        ApiResponse listed = api.post("sessions/list", Map.of("eventId", eventId));
        assertThat(listed.json().path("sessions")).as("a refused create leaves no session behind").isEmpty();
    }

    @Test
    void a_missing_event_id_is_refused() {
        Map<String, Object> body = aSession().bodyFor(eventId);
        body.remove("eventId");

        assertRefused(body, "eventId");
    }

    @Test
    void an_event_id_sent_as_a_string_is_refused() {
        Map<String, Object> body = aSession().bodyFor(eventId);
        body.put("eventId", Long.toString(eventId));

        assertRefused(body, "eventId");
    }

    @Test
    void a_missing_session_is_refused() {
        assertRefused(Map.of("eventId", eventId), "session");
    }

    @Test
    void a_session_that_is_not_an_object_is_refused() {
        assertRefused(Map.of("eventId", eventId, "session", "Keynote"), "session");
    }

    @Test
    void a_missing_session_name_is_refused() {
        assertRefused(aSession().without("name").bodyFor(eventId), "session.name");
    }

    @Test
    void a_blank_session_name_is_refused() {
        assertRefused(aSession().withName("  ").bodyFor(eventId), "session.name");
    }

    @Test
    void a_missing_session_type_is_refused() {
        assertRefused(aSession().without("type").bodyFor(eventId), "session.type");
    }

    @Test
    void a_missing_start_date_is_refused() {
        assertRefused(aSession().without("startDate").bodyFor(eventId), "session.startDate");
    }

    @Test
    void a_missing_end_date_is_refused() {
        assertRefused(aSession().without("endDate").bodyFor(eventId), "session.endDate");
    }

    @Test
    void an_unknown_session_type_is_refused() {
        assertRefused(aSession().withType("Webinar").bodyFor(eventId), "session.type");
    }

    @Test
    void the_placeholder_type_invalid_is_refused() {
        assertRefused(aSession().withType("Invalid").bodyFor(eventId), "session.type");
    }

    @Test
    void an_unknown_visibility_is_refused() {
        assertRefused(aSession().with("visibility", "hidden").bodyFor(eventId), "session.visibility");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        assertRefused(aSession().with("startDate", "2030-05-01T15:00:00Z").with("endDate", "2030-05-01T14:00:00Z")
                .bodyFor(eventId), "session.endDate");
    }

    @Test
    void an_end_equal_to_the_start_is_refused() {
        assertRefused(aSession().with("startDate", "2030-05-01T15:00:00Z").with("endDate", "2030-05-01T15:00:00Z")
                .bodyFor(eventId), "session.endDate");
    }

    @Test
    void a_date_that_is_not_iso_8601_is_refused() {
        assertRefused(aSession().with("startDate", "May 1st, 2030").bodyFor(eventId), "session.startDate");
    }

    @Test
    void a_date_without_an_offset_is_refused() {
        assertRefused(aSession().with("endDate", "2030-05-01T14:45:00").bodyFor(eventId), "session.endDate");
    }

    @Test
    void a_malformed_image_entry_id_is_refused() {
        assertRefused(aSession().with("imageUrlEntryId", "not an entry").bodyFor(eventId), "session.imageUrlEntryId");
    }

    @Test
    void a_malformed_source_entry_id_is_refused() {
        assertRefused(aSession().withType("SimuLive").with("sourceEntryId", "1_short").bodyFor(eventId),
                "session.sourceEntryId");
    }

    @Test
    void tags_that_are_not_strings_are_refused() {
        assertRefused(aSession().with("tags", List.of(1, 2)).bodyFor(eventId), "session.tags[0]");
    }

    @Test
    void an_unknown_event_is_404() {
        ApiResponse response = api.post("sessions/create", aSession().bodyFor(987_654));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(response.message()).contains("987654");
    }

    private void assertRefused(Map<String, Object> body, String field) {
        ApiResponse response = api.post("sessions/create", new LinkedHashMap<>(body));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).as("the message names the field").contains(field);
    }
}
