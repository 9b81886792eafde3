package dev.eventsim.simulator.participants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionParticipantsUpdateTest extends ParticipantsApiTest {
    private JsonNode before;

    @BeforeEach
    void aSessionWithSpeakers() {
        added(Map.of("speakers", List.of(speakerEntry(speaker, "order", 1), speakerEntry(otherSpeaker, "order", 2)),
                "moderatorIds", List.of(moderator)));
        before = list();
    }

    @Test
    void update_changes_only_the_fields_sent() {
        ApiResponse answer = participants("update", Map.of("speakers", List.of(speakerEntry(speaker, "isHidden", true))));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.rawBody()).isEqualTo("{\"status\":\"ok\"}");
        JsonNode first = list().path("speakers").get(0);
        assertThat(first.path("id").asText()).isEqualTo(speaker);
        assertThat(first.path("isHidden").asBoolean()).isTrue();
        assertThat(first.path("order").asInt()).isEqualTo(1);
        assertThat(first.path("sessionRole").asText()).isEqualTo("simpleSpeaker");
    }

    @Test
    void update_can_change_order_and_role_of_several_speakers() {
        participants("update", Map.of("speakers", List.of(speakerEntry(speaker, "order", 5, "role", "advancedSpeaker"),
                speakerEntry(otherSpeaker, "order", 0))));

        JsonNode speakers = list().path("speakers");
        assertThat(ids(speakers)).as("listed by order").containsExactly(otherSpeaker, speaker);
        assertThat(speakers.get(1).path("sessionRole").asText()).isEqualTo("advancedSpeaker");
        assertThat(speakers.get(1).path("order").asInt()).isEqualTo(5);
    }

    @Test
    void an_empty_speaker_list_changes_nothing() {
        ApiResponse answer = participants("update", Map.of("speakers", List.of()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void a_user_who_is_not_a_speaker_of_the_session_is_a_404_and_nothing_changes() {
        ApiResponse answer = participants("update", Map.of("speakers", List.of(speakerEntry(speaker, "order", 9),
                speakerEntry(moderator, "order", 3))));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).startsWith("speakers[1].userId").contains(moderator);
        assertThat(list()).as("all or nothing").isEqualTo(before);
    }

    @Test
    void a_speaker_of_the_event_who_is_not_on_this_session_is_a_404() {
        ApiResponse answer = participants("update", Map.of("speakers", List.of(speakerEntry(speakerModerator, "order", 3))));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void update_without_speakers_is_a_400() {
        ApiResponse answer = participants("update", Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).isEqualTo("speakers is required");
    }

    @Test
    void eleven_speakers_in_one_call_are_a_400() {
        ApiResponse answer = participants("update", Map.of("speakers",
                Collections.nCopies(11, speakerEntry(speaker, "order", 7))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).startsWith("speakers");
        assertThat(list()).isEqualTo(before);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("speakers[0].userId", List.of(Map.of("order", 1))),
                Arguments.of("speakers[0].order", List.of(Map.of("userId", "x", "order", true))),
                Arguments.of("speakers[0].isHidden", List.of(Map.of("userId", "x", "isHidden", 1))),
                Arguments.of("speakers[0].role", List.of(Map.of("userId", "x", "role", "moderator"))),
                Arguments.of("speakers[1].userId", List.of(Map.of("userId", "x"), Map.of("userId", "x"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUpdates")
    void a_bad_speaker_entry_is_a_400_naming_the_field_and_changes_nothing(String field, List<Object> speakers) {
        ApiResponse answer = participants("update", Map.of("speakers", speakers));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith(field);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void a_session_of_another_event_is_a_404() {
        String foreignSession = Given.aSession(api, Given.anEvent(api));

        ApiResponse answer = participants("update", Map.of("sessionId", foreignSession,
                "speakers", List.of(speakerEntry(speaker, "order", 9))));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void another_partner_cannot_update_this_partners_speakers() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("session-participants/update", Map.of("eventId", eventId, "sessionId", sessionId,
                "speakers", List.of(speakerEntry(speaker, "order", 9))));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(list()).isEqualTo(before);
    }
}
