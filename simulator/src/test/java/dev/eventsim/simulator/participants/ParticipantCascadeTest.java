package dev.eventsim.simulator.participants;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Given;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing dangles: participants follow the event users, roles and events they depend on. */
class ParticipantCascadeTest extends ParticipantsApiTest {
    private String secondSession;

    @BeforeEach
    void twoSessionsWithTheSameParticipants() {
        secondSession = Given.aSession(api, eventId);
        for (String session : List.of(sessionId, secondSession)) {
            added(Map.of("sessionId", session, "speakers", List.of(speakerEntry(speakerModerator), speakerEntry(speaker)),
                    "moderatorIds", List.of(speakerModerator, moderator)));
        }
    }

    @Test
    void losing_the_speaker_role_ends_every_speaker_place_in_the_event() {
        updateRoles(speakerModerator, "Moderator");

        for (String session : List.of(sessionId, secondSession)) {
            assertThat(speakersOf(session)).as("session %s", session).containsExactly(speaker);
            assertThat(moderatorsOf(session)).as("still a moderator in %s", session)
                    .containsExactly(speakerModerator, moderator);
        }
    }

    @Test
    void losing_the_moderator_role_ends_every_moderator_place_in_the_event() {
        updateRoles(speakerModerator, "Speaker", "Attendees");

        for (String session : List.of(sessionId, secondSession)) {
            assertThat(moderatorsOf(session)).as("session %s", session).containsExactly(moderator);
            assertThat(speakersOf(session)).contains(speakerModerator);
        }
    }

    @Test
    void keeping_the_roles_keeps_the_places() {
        updateRoles(speakerModerator, "Moderator", "Speaker");
        api.post("event-users/update", Map.of("eventId", eventId, "userId", speaker, "title", "Countess"));

        assertThat(speakersOf(sessionId)).contains(speakerModerator, speaker);
        assertThat(moderatorsOf(sessionId)).contains(speakerModerator);
    }

    @Test
    void getting_a_role_back_does_not_bring_the_places_back() {
        updateRoles(speaker, "Attendees");
        updateRoles(speaker, "Speaker");

        assertThat(speakersOf(sessionId)).doesNotContain(speaker);
        assertThat(speakersOf(secondSession)).doesNotContain(speaker);
    }

    @Test
    void a_failed_role_change_keeps_the_places() {
        ApiResponse answer = api.post("event-users/update", Map.of("eventId", eventId, "userId", speaker,
                "roles", List.of("Attendees", "Nobody")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(speakersOf(sessionId)).contains(speaker);
    }

    @Test
    void deleting_a_user_ends_all_their_places_in_the_event() {
        ApiResponse deleted = api.post("event-users/delete", Map.of("eventId", eventId, "userId", speakerModerator));

        assertThat(deleted.statusCode()).isEqualTo(200);
        for (String session : List.of(sessionId, secondSession)) {
            assertThat(speakersOf(session)).containsExactly(speaker);
            assertThat(moderatorsOf(session)).containsExactly(moderator);
        }
    }

    @Test
    void the_same_person_in_another_event_keeps_their_places_there() {
        long otherEvent = Given.anEvent(api);
        String otherSession = Given.aSession(api, otherEvent);
        String samePerson = Given.aUser(api, aUser(otherEvent).withEmail("ada@example.test").asSpeaker());
        assertThat(samePerson).isEqualTo(speaker);
        added(Map.of("eventId", otherEvent, "sessionId", otherSession, "speakers", List.of(speakerEntry(speaker))));

        updateRoles(speaker, "Attendees");
        api.post("event-users/delete", Map.of("eventId", eventId, "userId", speaker));

        assertThat(ids(api.post("session-participants/list", Map.of("eventId", otherEvent, "sessionId", otherSession))
                .json().path("speakers"))).containsExactly(speaker);
    }

    @Test
    void deleting_the_event_takes_its_users_and_participants_with_it() {
        long otherEvent = Given.anEvent(api);
        Given.aUser(api, aUser(otherEvent).withEmail("ada@example.test").asSpeaker());

        ApiResponse deleted = api.post("events/delete", Map.of("id", eventId));

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(api.post("event-users/list", Map.of("eventId", eventId)).statusCode()).isEqualTo(404);
        assertThat(participants("list", Map.of()).statusCode()).isEqualTo(404);
        assertThat(api.post("sessions/speakerList", Map.of("eventId", eventId, "sessionId", sessionId)).statusCode())
                .isEqualTo(404);
        assertThat(api.post("event-users/list", Map.of("eventId", otherEvent)).json().path("totalCount").asInt())
                .as("other events keep their users").isEqualTo(1);
    }

    private void updateRoles(String userId, String... roles) {
        ApiResponse updated = api.post("event-users/update", Map.of("eventId", eventId, "userId", userId,
                "roles", List.of(roles)));
        assertThat(updated.statusCode()).as("update: %s", updated.rawBody()).isEqualTo(200);
    }

    private List<String> speakersOf(String session) {
        return ids(participants("list", Map.of("sessionId", session)).json().path("speakers"));
    }

    private List<String> moderatorsOf(String session) {
        return ids(participants("list", Map.of("sessionId", session)).json().path("moderators"));
    }
}
