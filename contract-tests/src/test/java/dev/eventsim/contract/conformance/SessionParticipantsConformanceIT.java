package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.participants.ParticipantList;
import dev.eventsim.client.participants.SessionParticipant;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.participants.SpeakerRole;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** session-participants/add, update, list, remove against the target. */
@ExtendWith(TargetExtension.class)
class SessionParticipantsConformanceIT {

    @Test
    void speakers_and_moderators_are_added_changed_listed_and_removed(Fixtures fixtures) {
        Event event = fixtures.event();
        Session session = fixtures.session(event);
        EventUser speaker = fixtures.user(event.id(), EventUserRole.SPEAKER);
        EventUser moderator = fixtures.user(event.id(), EventUserRole.MODERATOR);
        EventsClient client = fixtures.client();

        client.sessionParticipants().add(event.id(), session.id(), List.of(SpeakerPlacement.of(speaker.id())),
                List.of(moderator.id()));
        ParticipantList added = client.sessionParticipants().list(event.id(), session.id());
        client.sessionParticipants().update(event.id(), session.id(), List.of(SpeakerPlacement.of(speaker.id())
                .withOrder(3).withHidden(true).withRole(SpeakerRole.ADVANCED_SPEAKER)));
        ParticipantList changed = client.sessionParticipants().list(event.id(), session.id());
        client.sessionParticipants().remove(event.id(), session.id(), List.of(speaker.id()), List.of(moderator.id()));
        ParticipantList removed = client.sessionParticipants().list(event.id(), session.id());

        assertThat(added.speakers()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(speaker.id());
            assertThat(s.type()).isEqualTo("speaker");
            assertThat(s.order()).as("order 0 unless sent").isZero();
            assertThat(s.isHidden()).isFalse();
            assertThat(s.sessionRole()).isEqualTo(SpeakerRole.SIMPLE_SPEAKER);
        });
        assertThat(added.moderators()).extracting(SessionParticipant::id).containsExactly(moderator.id());
        assertThat(changed.speakers()).singleElement().satisfies(s -> {
            assertThat(s.order()).isEqualTo(3);
            assertThat(s.isHidden()).isTrue();
            assertThat(s.sessionRole()).isEqualTo(SpeakerRole.ADVANCED_SPEAKER);
        });
        assertThat(removed.speakers()).isEmpty();
        assertThat(removed.moderators()).isEmpty();
    }

    @Test
    void a_user_without_the_speaker_role_cannot_speak(Fixtures fixtures) {
        Event event = fixtures.event();
        Session session = fixtures.session(event);
        EventUser attendee = fixtures.user(event.id(), EventUserRole.ATTENDEES);

        assertThatThrownBy(() -> fixtures.client().sessionParticipants().addSpeakers(event.id(), session.id(),
                SpeakerPlacement.of(attendee.id()))).isInstanceOf(InvalidArgumentException.class);
        assertThat(fixtures.client().sessions().speakerList(event.id(), session.id()))
                .as("all or nothing").isEmpty();
    }
}
