package dev.eventsim.simulator.sessions;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpeakerListTest extends ApiTest {
    private long eventId;
    private String sessionId;
    private String ada;
    private String alan;

    @BeforeEach
    void aSessionAndTwoSpeakersOfTheEvent() {
        eventId = Given.anEvent(api);
        sessionId = Given.aSession(api, eventId);
        ada = Given.aUser(api, aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.test")
                .with("title", "Countess").with("bio", "First programmer").with("imageUrlEntryId", "1_p9ek1ngh")
                .withRoles("Speaker", "Moderator"));
        alan = Given.aUser(api, aUser(eventId).named("Alan", "Turing").withEmail("alan@example.test").asSpeaker());
    }

    @Test
    void a_session_without_speakers_lists_none() {
        ApiResponse listed = speakerList(Map.of());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.rawBody()).isEqualTo("{\"speakers\":[],\"status\":\"ok\"}");
    }

    @Test
    void a_speaker_has_every_field_of_the_contracts_speaker() {
        add(Map.of("speakers", List.of(Map.of("userId", ada, "order", 3, "isHidden", true))));

        JsonNode speaker = speakerList(Map.of()).json().path("speakers").get(0);

        List<String> fields = new ArrayList<>();
        speaker.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "email", "order", "isHidden", "firstName", "lastName", "profileLink",
                "title", "bio", "thumbnailUrl");
        assertThat(speaker.path("id").asText()).isEqualTo(ada);
        assertThat(speaker.path("email").asText()).isEqualTo("ada@example.test");
        assertThat(speaker.path("order").asInt()).isEqualTo(3);
        assertThat(speaker.path("isHidden").asBoolean()).as("hidden speakers are still listed").isTrue();
        assertThat(speaker.path("firstName").asText()).isEqualTo("Ada");
        assertThat(speaker.path("lastName").asText()).isEqualTo("Lovelace");
        assertThat(speaker.path("profileLink").asText()).isEmpty();
        assertThat(speaker.path("title").asText()).isEqualTo("Countess");
        assertThat(speaker.path("bio").asText()).isEqualTo("First programmer");
        assertThat(speaker.path("thumbnailUrl").asText())
                .isEqualTo("https://cdnapisec.kaltura.com/p/1000001/thumbnail/entry_id/1_p9ek1ngh");
    }

    @Test
    void speakers_are_ordered_like_session_participants_and_moderators_are_left_out() {
        add(Map.of("speakers", List.of(Map.of("userId", ada, "order", 2), Map.of("userId", alan, "order", 1)),
                "moderatorIds", List.of(ada)));
        add(Map.of("speakers", List.of(Map.of("userId", ada, "order", 1))));

        List<String> ids = new ArrayList<>();
        speakerList(Map.of()).json().path("speakers").forEach(s -> ids.add(s.path("id").asText()));

        assertThat(ids).as("order 1 for both, so by id").containsExactlyElementsOf(Stream.of(ada, alan).sorted().toList());
        ApiResponse participants = api.post("session-participants/list", Map.of("eventId", eventId, "sessionId", sessionId));
        List<String> participantIds = new ArrayList<>();
        participants.json().path("speakers").forEach(s -> participantIds.add(s.path("id").asText()));
        assertThat(ids).isEqualTo(participantIds);
    }

    @Test
    void an_unknown_session_is_a_404() {
        ApiResponse answer = speakerList(Map.of("sessionId", "1_zzzzzzzz"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
    }

    @Test
    void a_session_of_another_event_is_a_404() {
        String foreignSession = Given.aSession(api, Given.anEvent(api));

        ApiResponse answer = speakerList(Map.of("sessionId", foreignSession));

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void another_partner_gets_a_404() {
        add(Map.of("speakers", List.of(Map.of("userId", ada))));
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("sessions/speakerList", Map.of("eventId", eventId, "sessionId", sessionId));

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    private void add(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("eventId", eventId, "sessionId", sessionId));
        body.putAll(fields);
        assertThat(api.post("session-participants/add", body).statusCode()).isEqualTo(200);
    }

    private ApiResponse speakerList(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("eventId", eventId, "sessionId", sessionId));
        body.putAll(fields);
        return api.post("sessions/speakerList", body);
    }
}
