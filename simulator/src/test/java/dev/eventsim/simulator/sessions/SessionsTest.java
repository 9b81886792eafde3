package dev.eventsim.simulator.sessions;

import static dev.eventsim.simulator.sessions.SessionDrafts.aSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sessions/create, sessions/list and sessions/speakerList on good input. */
class SessionsTest extends ApiTest {
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void a_created_session_has_every_field_with_its_default() {
        simulator.clock().freeze();
        simulator.clock().set(Instant.parse("2030-01-02T03:04:05.678Z"));
        api = api.withKs(simulator.adminKs());
        long eventId = createEvent();

        ApiResponse response = api.post("sessions/create", aSession().withName("Keynote").bodyFor(eventId));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
        JsonNode session = response.json().path("session");
        assertThat(session.path("id").asText()).matches("^[0-9]+_[a-z0-9]{8}$");
        assertThat(session.path("name").asText()).isEqualTo("Keynote");
        assertThat(session.path("type").asText()).isEqualTo("LiveWebcast");
        assertThat(session.path("createdAt").asText()).isEqualTo("2030-01-02T03:04:05.678Z");
        assertThat(session.path("updatedAt").asText()).isEqualTo("2030-01-02T03:04:05.678Z");
        assertThat(session.path("startDate").asText()).as("written back with milliseconds")
                .isEqualTo("2030-05-01T14:00:00.000Z");
        assertThat(session.path("endDate").asText()).isEqualTo("2030-05-01T14:45:00.000Z");
        assertThat(session.path("description").isTextual()).isTrue();
        assertThat(session.path("description").asText()).isEmpty();
        assertThat(session.path("visibility").asText()).isEqualTo("published");
        assertThat(session.path("tags").isArray()).isTrue();
        assertThat(session.path("tags")).isEmpty();
        assertThat(session.path("rsvpCount").isInt()).isTrue();
        assertThat(session.path("rsvpCount").asInt()).isZero();
        assertThat(session.path("thumbnailUrl").isTextual()).isTrue();
        assertThat(session.path("thumbnailUrl").asText()).as("no image entry, no thumbnail").isEmpty();
        assertThat(session.has("sourceEntry")).as("only SimuLive sessions with a source entry have one").isFalse();
    }

    @Test
    void a_session_keeps_the_optional_fields_it_was_given() {
        long eventId = createEvent();

        JsonNode session = api.post("sessions/create", aSession()
                .with("description", "Results and roadmap")
                .with("visibility", "private")
                .with("tags", List.of("keynote", "q2"))
                .with("startDate", "2030-05-01T16:00:00+02:00")
                .with("endDate", "2030-05-01T16:45:00.5+02:00")
                .bodyFor(eventId)).json().path("session");

        assertThat(session.path("description").asText()).isEqualTo("Results and roadmap");
        assertThat(session.path("visibility").asText()).isEqualTo("private");
        assertThat(session.path("tags")).extracting(JsonNode::asText).containsExactly("keynote", "q2");
        assertThat(session.path("startDate").asText()).as("any offset in, UTC out").isEqualTo("2030-05-01T14:00:00.000Z");
        assertThat(session.path("endDate").asText()).isEqualTo("2030-05-01T14:45:00.500Z");
    }

    @Test
    void timestamps_carry_milliseconds_also_on_a_running_clock() {
        long eventId = createEvent();

        JsonNode session = api.post("sessions/create", aSession().bodyFor(eventId)).json().path("session");

        assertThat(session.path("createdAt").asText()).matches(TIMESTAMP);
        assertThat(session.path("updatedAt").asText()).matches(TIMESTAMP);
    }

    @Test
    void an_image_entry_gives_a_thumbnail_url_naming_it() {
        long eventId = createEvent();

        JsonNode session = api.post("sessions/create",
                aSession().with("imageUrlEntryId", "1_p3im68oa").bodyFor(eventId)).json().path("session");

        assertThat(session.path("thumbnailUrl").asText()).startsWith("http").contains("1_p3im68oa");
    }

    @Test
    void a_simulive_session_with_a_source_entry_reports_it() {
        long eventId = createEvent();

        JsonNode session = api.post("sessions/create", aSession().withType("SimuLive")
                .with("sourceEntryId", "1_v0dsrc01").bodyFor(eventId)).json().path("session");

        assertThat(session.path("type").asText()).isEqualTo("SimuLive");
        JsonNode source = session.path("sourceEntry");
        assertThat(source.path("id").asText()).isEqualTo("1_v0dsrc01");
        assertThat(source.path("status").isTextual()).as("sourceEntry.status is present: %s", source).isTrue();
        assertThat(source.path("createdAt").asText()).matches(TIMESTAMP);
    }

    @Test
    void list_returns_the_sessions_of_the_event_in_creation_order() {
        long eventId = createEvent();
        List<String> created = new ArrayList<>();
        for (String name : List.of("Zeta", "Alpha", "Mu", "Beta", "Omega")) {
            created.add(createSession(eventId, name));
        }

        ApiResponse response = api.post("sessions/list", Map.of("eventId", eventId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
        assertThat(response.json().path("sessions")).extracting(s -> s.path("id").asText())
                .as("creation order, not by id or name").containsExactlyElementsOf(created);
        assertThat(response.json().path("sessions")).extracting(s -> s.path("name").asText())
                .containsExactly("Zeta", "Alpha", "Mu", "Beta", "Omega");
    }

    @Test
    void list_of_an_event_without_sessions_is_empty() {
        long eventId = createEvent();

        ApiResponse response = api.post("sessions/list", Map.of("eventId", eventId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("sessions").isArray()).isTrue();
        assertThat(response.json().path("sessions")).isEmpty();
    }

    @Test
    void sessions_of_one_event_are_not_listed_under_another() {
        long first = createEvent();
        long second = createEvent();
        String ofFirst = createSession(first, "First's");
        String ofSecond = createSession(second, "Second's");

        assertThat(listIds(first)).containsExactly(ofFirst);
        assertThat(listIds(second)).containsExactly(ofSecond);
    }

    @Test
    void list_of_an_unknown_event_is_404() {
        ApiResponse response = api.post("sessions/list", Map.of("eventId", 987_654));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(response.message()).contains("987654");
    }

    @Test
    void speaker_list_of_a_session_without_speakers_is_empty() {
        long eventId = createEvent();
        String sessionId = createSession(eventId, "Panel");

        ApiResponse response = api.post("sessions/speakerList", Map.of("eventId", eventId, "sessionId", sessionId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
        assertThat(response.json().path("speakers").isArray()).isTrue();
        assertThat(response.json().path("speakers")).isEmpty();
    }

    @Test
    void speaker_list_of_an_unknown_session_is_404() {
        long eventId = createEvent();

        ApiResponse response = api.post("sessions/speakerList", Map.of("eventId", eventId, "sessionId", "1_zzzzzzzz"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(response.message()).contains("1_zzzzzzzz");
    }

    @Test
    void speaker_list_of_a_session_of_another_event_is_404() {
        long first = createEvent();
        long second = createEvent();
        String sessionOfFirst = createSession(first, "Panel");

        ApiResponse response = api.post("sessions/speakerList", Map.of("eventId", second, "sessionId", sessionOfFirst));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
    }

    @Test
    void speaker_list_of_an_unknown_event_is_404() {
        long eventId = createEvent();
        String sessionId = createSession(eventId, "Panel");

        ApiResponse response = api.post("sessions/speakerList", Map.of("eventId", 987_654, "sessionId", sessionId));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
    }

    private long createEvent() {
        ApiResponse created = api.post("events/create", Events.anEvent().body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    private String createSession(long eventId, String name) {
        ApiResponse created = api.post("sessions/create", aSession().withName(name).bodyFor(eventId));
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("session").path("id").asText();
    }

    private List<String> listIds(long eventId) {
        List<String> ids = new ArrayList<>();
        api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions")
                .forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }
}
