package dev.eventsim.simulator.participants;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionParticipantsAddTest extends ParticipantsApiTest {

    @Test
    void add_makes_speakers_and_moderators_with_the_contracts_defaults() {
        ApiResponse answer = participants("add", Map.of("speakers", List.of(speakerEntry(speaker)),
                "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.rawBody()).isEqualTo("{\"status\":\"ok\"}");
        JsonNode listed = list();
        JsonNode s = listed.path("speakers").get(0);
        assertThat(s.path("id").asText()).isEqualTo(speaker);
        assertThat(s.path("order").asInt()).isZero();
        assertThat(s.path("isHidden").asBoolean()).isFalse();
        assertThat(s.path("sessionRole").asText()).isEqualTo("simpleSpeaker");
        assertThat(ids(listed.path("moderators"))).containsExactly(moderator);
    }

    @Test
    void add_keeps_the_order_visibility_and_role_sent() {
        added(Map.of("speakers", List.of(speakerEntry(speaker, "order", 4, "isHidden", true, "role", "advancedSpeaker"))));

        JsonNode s = list().path("speakers").get(0);
        assertThat(s.path("order").asInt()).isEqualTo(4);
        assertThat(s.path("isHidden").asBoolean()).isTrue();
        assertThat(s.path("sessionRole").asText()).isEqualTo("advancedSpeaker");
    }

    @Test
    void a_user_holding_both_roles_can_speak_and_moderate() {
        added(Map.of("speakers", List.of(speakerEntry(speakerModerator)), "moderatorIds", List.of(speakerModerator)));

        assertThat(speakerIds()).containsExactly(speakerModerator);
        assertThat(moderatorIds()).containsExactly(speakerModerator);
    }

    @Test
    void adding_a_speaker_again_changes_only_the_fields_sent() {
        added(Map.of("speakers", List.of(speakerEntry(speaker, "order", 3, "isHidden", true))));

        added(Map.of("speakers", List.of(speakerEntry(speaker, "role", "advancedSpeaker"))));

        JsonNode speakers = list().path("speakers");
        assertThat(speakers.size()).as("still one place").isEqualTo(1);
        assertThat(speakers.get(0).path("order").asInt()).isEqualTo(3);
        assertThat(speakers.get(0).path("isHidden").asBoolean()).isTrue();
        assertThat(speakers.get(0).path("sessionRole").asText()).isEqualTo("advancedSpeaker");
    }

    @Test
    void adding_a_moderator_again_keeps_one_place() {
        added(Map.of("moderatorIds", List.of(moderator)));

        added(Map.of("moderatorIds", List.of(moderator, moderator)));

        assertThat(moderatorIds()).containsExactly(moderator);
    }

    @Test
    void add_with_nobody_changes_nothing() {
        ApiResponse answer = participants("add", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(speakerIds()).isEmpty();
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void ten_speakers_and_ten_moderators_fit_in_one_call() {
        List<Map<String, Object>> speakers = new ArrayList<>();
        List<String> moderators = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            speakers.add(speakerEntry(Given.aUser(api, aUser(eventId).withEmail("s" + i + "@example.test").asSpeaker())));
            moderators.add(Given.aUser(api, aUser(eventId).withEmail("m" + i + "@example.test").asModerator()));
        }

        added(Map.of("speakers", speakers, "moderatorIds", moderators));

        assertThat(speakerIds()).hasSize(10);
        assertThat(moderatorIds()).hasSize(10);
    }

    @Test
    void eleven_speakers_in_one_call_are_a_400() {
        List<Map<String, Object>> speakers = new ArrayList<>(Collections.nCopies(11, speakerEntry(speaker)));

        ApiResponse answer = participants("add", Map.of("speakers", speakers));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith("speakers").contains("11").contains("10");
        assertThat(speakerIds()).isEmpty();
    }

    @Test
    void eleven_moderators_in_one_call_are_a_400() {
        ApiResponse answer = participants("add", Map.of("moderatorIds", Collections.nCopies(11, moderator)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith("moderatorIds");
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void a_user_who_is_not_on_the_event_is_a_404_and_nobody_is_added() {
        long otherEvent = Given.anEvent(api);
        String elsewhere = Given.aUser(api, aUser(otherEvent).withEmail("elsewhere@example.test").asSpeaker());

        ApiResponse answer = participants("add", Map.of("speakers", List.of(speakerEntry(speaker), speakerEntry(elsewhere)),
                "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).startsWith("speakers[1].userId").contains(elsewhere);
        assertThat(speakerIds()).as("all or nothing").isEmpty();
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void an_unknown_moderator_is_a_404() {
        ApiResponse answer = participants("add", Map.of("moderatorIds", List.of(moderator, "nobody")));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).startsWith("moderatorIds[1]");
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void a_speaker_without_the_events_speaker_role_is_refused_and_nobody_is_added() {
        ApiResponse answer = participants("add", Map.of("speakers", List.of(speakerEntry(speaker), speakerEntry(attendee))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("OperationNotAllowed");
        assertThat(answer.message()).startsWith("speakers[1].userId").contains(attendee).contains("Speaker");
        assertThat(speakerIds()).isEmpty();
    }

    @Test
    void a_moderator_without_the_events_moderator_role_is_refused_and_nobody_is_added() {
        ApiResponse answer = participants("add", Map.of("speakers", List.of(speakerEntry(otherSpeaker)),
                "moderatorIds", List.of(speaker)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("OperationNotAllowed");
        assertThat(answer.message()).startsWith("moderatorIds[0]").contains("Moderator");
        assertThat(speakerIds()).isEmpty();
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void a_session_of_another_event_is_a_404() {
        long otherEvent = Given.anEvent(api);
        String foreignSession = Given.aSession(api, otherEvent);

        ApiResponse answer = participants("add", Map.of("sessionId", foreignSession,
                "speakers", List.of(speakerEntry(speaker))));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).contains(foreignSession);
    }

    @Test
    void an_unknown_session_is_a_404() {
        ApiResponse answer = participants("add", Map.of("sessionId", "1_zzzzzzzz", "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("1_zzzzzzzz");
    }

    @Test
    void an_unknown_event_is_a_404() {
        ApiResponse answer = participants("add", Map.of("eventId", 99_999, "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("99999");
    }

    @Test
    void another_partner_cannot_add_to_this_partners_session() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("session-participants/add", Map.of("eventId", eventId, "sessionId", sessionId,
                "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(moderatorIds()).isEmpty();
    }

    static Stream<Arguments> badAdditions() {
        return Stream.of(
                Arguments.of("eventId", Map.of("eventId", "1")),
                Arguments.of("sessionId", Map.of("sessionId", "")),
                Arguments.of("speakers", Map.of("speakers", "ada")),
                Arguments.of("speakers[1]", Map.of("speakers", List.of(Map.of("userId", "x"), "ada"))),
                Arguments.of("speakers[0].userId", Map.of("speakers", List.of(Map.of("order", 1)))),
                Arguments.of("speakers[0].order", Map.of("speakers", List.of(Map.of("userId", "x", "order", "1")))),
                Arguments.of("speakers[0].order", Map.of("speakers", List.of(Map.of("userId", "x", "order", 1.5)))),
                Arguments.of("speakers[0].order", Map.of("speakers", List.of(Map.of("userId", "x", "order", -1)))),
                Arguments.of("speakers[0].isHidden", Map.of("speakers", List.of(Map.of("userId", "x", "isHidden", "no")))),
                Arguments.of("speakers[0].role", Map.of("speakers", List.of(Map.of("userId", "x", "role", "host")))),
                Arguments.of("moderatorIds[0]", Map.of("moderatorIds", List.of(12))),
                Arguments.of("moderatorIds", Map.of("moderatorIds", "grace")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badAdditions")
    void a_bad_addition_is_a_400_naming_the_field_and_adds_nobody(String field, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("moderatorIds", List.of(moderator));
        body.putAll(fields);

        ApiResponse answer = participants("add", body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith(field);
        assertThat(moderatorIds()).isEmpty();
    }

    @Test
    void naming_a_speaker_twice_in_one_call_is_a_400() {
        ApiResponse answer = participants("add", Map.of("speakers", List.of(speakerEntry(speaker, "order", 1),
                speakerEntry(otherSpeaker), speakerEntry(speaker, "order", 2))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).isEqualTo("speakers[2].userId repeats speakers[0].userId");
        assertThat(speakerIds()).isEmpty();
    }
}
