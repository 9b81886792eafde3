package dev.eventsim.simulator.participants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SessionParticipantsListTest extends ParticipantsApiTest {

    @Test
    void a_session_without_participants_lists_none() {
        ApiResponse listed = participants("list", Map.of());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.rawBody()).isEqualTo("{\"speakers\":[],\"moderators\":[],\"status\":\"ok\"}");
    }

    @Test
    void a_speaker_shows_the_profile_and_the_place_in_the_session() {
        api.post("event-users/update", Map.of("eventId", eventId, "userId", speaker, "title", "Countess",
                "bio", "First programmer", "imageUrlEntryId", "1_p9ek1ngh"));
        added(Map.of("speakers", List.of(speakerEntry(speaker, "order", 2, "role", "advancedSpeaker"))));

        JsonNode s = list().path("speakers").get(0);

        assertThat(fieldNames(s)).containsExactly("id", "firstName", "lastName", "email", "title", "bio", "thumbnailUrl",
                "type", "order", "isHidden", "sessionRole");
        assertThat(s.path("id").asText()).isEqualTo(speaker);
        assertThat(s.path("firstName").asText()).isEqualTo("Ada");
        assertThat(s.path("lastName").asText()).isEqualTo("Lovelace");
        assertThat(s.path("email").asText()).isEqualTo("ada@example.test");
        assertThat(s.path("title").asText()).isEqualTo("Countess");
        assertThat(s.path("bio").asText()).isEqualTo("First programmer");
        assertThat(s.path("thumbnailUrl").asText()).endsWith("/thumbnail/entry_id/1_p9ek1ngh");
        assertThat(s.path("type").asText()).isEqualTo("speaker");
        assertThat(s.path("order").asInt()).isEqualTo(2);
        assertThat(s.path("isHidden").asBoolean()).isFalse();
        assertThat(s.path("sessionRole").asText()).isEqualTo("advancedSpeaker");
    }

    @Test
    void a_moderator_has_no_speaker_fields() {
        added(Map.of("moderatorIds", List.of(moderator)));

        JsonNode m = list().path("moderators").get(0);

        assertThat(fieldNames(m)).as("order, isHidden and sessionRole are for speakers only")
                .containsExactly("id", "firstName", "lastName", "email", "title", "bio", "thumbnailUrl", "type");
        assertThat(m.path("id").asText()).isEqualTo(moderator);
        assertThat(m.path("type").asText()).isEqualTo("moderator");
        assertThat(m.path("firstName").asText()).isEqualTo("Grace");
    }

    @Test
    void speakers_are_listed_by_order_then_by_id() {
        added(Map.of("speakers", List.of(speakerEntry(speaker, "order", 1), speakerEntry(otherSpeaker, "order", 1),
                speakerEntry(speakerModerator, "order", 0))));

        List<String> tied = Stream.of(speaker, otherSpeaker).sorted().toList();
        assertThat(speakerIds()).containsExactly(speakerModerator, tied.get(0), tied.get(1));
    }

    @Test
    void moderators_are_listed_in_the_order_they_were_added() {
        added(Map.of("moderatorIds", List.of(speakerModerator)));
        added(Map.of("moderatorIds", List.of(moderator)));

        assertThat(moderatorIds()).containsExactly(speakerModerator, moderator);
    }

    @Test
    void profile_changes_show_in_the_list() {
        added(Map.of("speakers", List.of(speakerEntry(speaker))));

        api.post("event-users/update", Map.of("eventId", eventId, "userId", speaker, "firstName", "Augusta"));

        assertThat(list().path("speakers").get(0).path("firstName").asText()).isEqualTo("Augusta");
    }

    @Test
    void each_session_has_its_own_participants() {
        String otherSession = Given.aSession(api, eventId);
        added(Map.of("speakers", List.of(speakerEntry(speaker))));

        ApiResponse other = participants("list", Map.of("sessionId", otherSession));

        assertThat(other.json().path("speakers").size()).isZero();
    }

    @Test
    void listing_an_unknown_session_is_a_404() {
        ApiResponse answer = participants("list", Map.of("sessionId", "1_zzzzzzzz"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
    }

    @Test
    void listing_in_an_unknown_event_is_a_404() {
        ApiResponse answer = participants("list", Map.of("eventId", 99_999));

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void list_without_a_session_id_is_a_400() {
        ApiResponse answer = api.post("session-participants/list", Map.of("eventId", eventId));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("sessionId is required");
    }

    @Test
    void another_partner_cannot_list_this_partners_session() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("session-participants/list", Map.of("eventId", eventId, "sessionId", sessionId));

        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
