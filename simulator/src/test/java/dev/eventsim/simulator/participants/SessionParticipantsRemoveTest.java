package dev.eventsim.simulator.participants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionParticipantsRemoveTest extends ParticipantsApiTest {

    @BeforeEach
    void aSessionWithParticipants() {
        added(Map.of("speakers", List.of(speakerEntry(speaker), speakerEntry(otherSpeaker), speakerEntry(speakerModerator)),
                "moderatorIds", List.of(moderator, speakerModerator)));
    }

    @Test
    void remove_takes_the_speakers_and_moderators_named_off_the_session() {
        ApiResponse answer = participants("remove", Map.of("speakerIds", List.of(speaker, speakerModerator),
                "moderatorIds", List.of(moderator)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.rawBody()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(speakerIds()).containsExactly(otherSpeaker);
        assertThat(moderatorIds()).as("a speaker taken off still moderates").containsExactly(speakerModerator);
    }

    @Test
    void removed_participants_stay_users_of_the_event() {
        participants("remove", Map.of("speakerIds", List.of(speaker)));

        ApiResponse users = api.post("event-users/list", Map.of("eventId", eventId, "filter", Map.of("idIn", List.of(speaker))));
        assertThat(users.json().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void remove_with_nobody_changes_nothing() {
        ApiResponse answer = participants("remove", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(speakerIds()).hasSize(3);
        assertThat(moderatorIds()).hasSize(2);
    }

    @Test
    void an_id_that_is_not_a_speaker_of_the_session_is_a_404_and_nobody_is_removed() {
        ApiResponse answer = participants("remove", Map.of("speakerIds", List.of(speaker, moderator)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).startsWith("speakerIds[1]").contains(moderator);
        assertThat(speakerIds()).as("all or nothing").contains(speaker);
    }

    @Test
    void an_id_that_is_not_a_moderator_of_the_session_is_a_404_and_nobody_is_removed() {
        ApiResponse answer = participants("remove", Map.of("speakerIds", List.of(speaker),
                "moderatorIds", List.of(moderator, otherSpeaker)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).startsWith("moderatorIds[1]").contains(otherSpeaker);
        assertThat(speakerIds()).contains(speaker);
        assertThat(moderatorIds()).contains(moderator);
    }

    @Test
    void a_speaker_removed_twice_is_a_404_the_second_time() {
        participants("remove", Map.of("speakerIds", List.of(speaker)));

        ApiResponse again = participants("remove", Map.of("speakerIds", List.of(speaker)));

        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void eleven_ids_in_one_list_are_a_400() {
        ApiResponse speakers = participants("remove", Map.of("speakerIds", Collections.nCopies(11, speaker)));
        ApiResponse moderators = participants("remove", Map.of("moderatorIds", Collections.nCopies(11, moderator)));

        assertThat(speakers.statusCode()).isEqualTo(400);
        assertThat(speakers.message()).startsWith("speakerIds");
        assertThat(moderators.statusCode()).isEqualTo(400);
        assertThat(moderators.message()).startsWith("moderatorIds");
        assertThat(speakerIds()).contains(speaker);
        assertThat(moderatorIds()).contains(moderator);
    }

    @Test
    void ids_are_strings_not_the_arrays_the_contracts_schema_shows() {
        ApiResponse answer = participants("remove", Map.of("speakerIds", List.of(List.of(speaker))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).isEqualTo("speakerIds[0] must be a string");
        assertThat(speakerIds()).contains(speaker);
    }

    @Test
    void a_session_of_another_event_is_a_404() {
        String foreignSession = Given.aSession(api, Given.anEvent(api));

        ApiResponse answer = participants("remove", Map.of("sessionId", foreignSession, "speakerIds", List.of(speaker)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(speakerIds()).contains(speaker);
    }

    @Test
    void an_unknown_event_is_a_404() {
        ApiResponse answer = participants("remove", Map.of("eventId", 99_999, "speakerIds", List.of(speaker)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("99999");
    }

    @Test
    void remove_without_a_session_id_is_a_400() {
        ApiResponse answer = api.post("session-participants/remove", Map.of("eventId", eventId,
                "speakerIds", List.of(speaker)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("sessionId is required");
        assertThat(speakerIds()).contains(speaker);
    }

    @Test
    void another_partner_cannot_remove_from_this_partners_session() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("session-participants/remove", Map.of("eventId", eventId, "sessionId", sessionId,
                "speakerIds", List.of(speaker)));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(speakerIds()).contains(speaker);
    }
}
