package dev.eventsim.client.participants;

import static dev.eventsim.client.support.Fixtures.aSession;
import static dev.eventsim.client.support.Fixtures.aSpeaker;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.support.ClientTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionParticipantsTest extends ClientTest {
    private long eventId;
    private String sessionId;
    private EventUser speaker;
    private EventUser moderator;

    @BeforeEach
    void anEventWithASessionASpeakerAndAModerator() {
        eventId = client.events().create(anEvent("Summit").build()).id();
        sessionId = client.sessions().create(eventId, aSession("Opening").build()).id();
        speaker = client.eventUsers().invite(aSpeaker(eventId, "ada@example.test").build());
        moderator = client.eventUsers().invite(EventUserInvitation.builder(eventId, "mo@example.test")
                .name("Mo", "Derator").roles(EventUserRole.MODERATOR).build());
    }

    @Test
    void add_puts_speakers_and_moderators_on_the_session_and_list_shows_them() {
        client.sessionParticipants().add(eventId, sessionId,
                List.of(SpeakerPlacement.of(speaker.id()).withOrder(3).withRole(SpeakerRole.ADVANCED_SPEAKER)),
                List.of(moderator.id()));

        ParticipantList participants = client.sessionParticipants().list(eventId, sessionId);

        assertThat(participants.speakers()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(speaker.id());
            assertThat(s.type()).isEqualTo("speaker");
            assertThat(s.order()).isEqualTo(3);
            assertThat(s.isHidden()).isFalse();
            assertThat(s.sessionRole()).isEqualTo(SpeakerRole.ADVANCED_SPEAKER);
        });
        assertThat(participants.moderators()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(moderator.id());
            assertThat(m.type()).isEqualTo("moderator");
            assertThat(m.order()).as("speakers only").isNull();
            assertThat(m.sessionRole()).isNull();
        });
    }

    @Test
    void update_changes_only_the_fields_sent_for_a_speaker() {
        client.sessionParticipants().addSpeakers(eventId, sessionId, SpeakerPlacement.of(speaker.id()).withOrder(1));

        client.sessionParticipants().update(eventId, sessionId, List.of(SpeakerPlacement.of(speaker.id())
                .withHidden(true)));

        SessionParticipant updated = client.sessionParticipants().list(eventId, sessionId).speakers().get(0);
        assertThat(updated.isHidden()).isTrue();
        assertThat(updated.order()).isEqualTo(1);
        assertThat(updated.sessionRole()).isEqualTo(SpeakerRole.SIMPLE_SPEAKER);
    }

    @Test
    void remove_takes_them_off_the_session_but_not_off_the_event() {
        client.sessionParticipants().add(eventId, sessionId, List.of(SpeakerPlacement.of(speaker.id())),
                List.of(moderator.id()));

        client.sessionParticipants().remove(eventId, sessionId, List.of(speaker.id()), List.of(moderator.id()));

        ParticipantList participants = client.sessionParticipants().list(eventId, sessionId);
        assertThat(participants.speakers()).isEmpty();
        assertThat(participants.moderators()).isEmpty();
        assertThat(client.eventUsers().streamAll(eventId)).hasSize(2);
    }

    @Test
    void a_speaker_without_the_speaker_role_is_refused_as_not_allowed() {
        assertThatThrownBy(() -> client.sessionParticipants().addSpeakers(eventId, sessionId,
                SpeakerPlacement.of(moderator.id())))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.status()).isEqualTo("OperationNotAllowed");
                });
    }

    @Test
    void removing_someone_who_is_not_a_speaker_is_not_found() {
        assertThatThrownBy(() -> client.sessionParticipants().remove(eventId, sessionId, List.of(speaker.id()),
                null)).isInstanceOf(NotFoundException.class);
    }
}
