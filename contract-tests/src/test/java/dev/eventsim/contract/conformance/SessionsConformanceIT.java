package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.sessions.NewSession;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.client.sessions.SessionType;
import dev.eventsim.client.sessions.Speaker;
import dev.eventsim.client.sessions.Visibility;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sessions/create, list, speakerList against the target. */
@ExtendWith(TargetExtension.class)
class SessionsConformanceIT {

    @Test
    void create_answers_a_session_with_an_entry_id_and_the_defaults(Fixtures fixtures) {
        Event event = fixtures.event();
        String name = fixtures.name("session");

        Session session = fixtures.client().sessions().create(event.id(),
                NewSession.builder(name, SessionType.LIVE_WEBCAST)
                        .dates(event.startDate(), event.startDate().plus(Duration.ofMinutes(45))).build());

        Shapes.assertCompleteSession(session);
        assertThat(session.name()).isEqualTo(name);
        assertThat(session.type()).isEqualTo(SessionType.LIVE_WEBCAST);
        assertThat(session.visibility()).as("published unless asked otherwise").isEqualTo(Visibility.PUBLISHED);
        assertThat(session.description()).as("no description sent").isEmpty();
        assertThat(session.startDate()).isEqualTo(event.startDate());
    }

    @Test
    void list_answers_the_sessions_a_preset_template_made_and_those_added(Fixtures fixtures) {
        Event event = fixtures.event("tm1000");
        Session added = fixtures.session(event);

        List<Session> sessions = fixtures.client().sessions().list(event.id());

        assertThat(sessions).as("tm1000 brings a MeetingEntry; one more was added").hasSize(2)
                .allSatisfy(Shapes::assertCompleteSession);
        assertThat(sessions).extracting(Session::id).contains(added.id());
    }

    @Test
    void speaker_list_answers_the_speakers_by_their_order(Fixtures fixtures) {
        Event event = fixtures.event();
        Session session = fixtures.session(event);
        EventUser first = fixtures.user(event.id(), EventUserRole.SPEAKER);
        EventUser second = fixtures.user(event.id(), EventUserRole.SPEAKER);
        EventsClient client = fixtures.client();
        client.sessionParticipants().addSpeakers(event.id(), session.id(),
                SpeakerPlacement.of(first.id()).withOrder(2), SpeakerPlacement.of(second.id()).withOrder(1));

        List<Speaker> speakers = client.sessions().speakerList(event.id(), session.id());

        assertThat(speakers).extracting(Speaker::id).containsExactly(second.id(), first.id());
        assertThat(speakers).allSatisfy(s -> {
            assertThat(s.email()).endsWith("@" + Fixtures.EMAIL_DOMAIN);
            assertThat(s.profileLink()).isNotNull();
            assertThat(s.thumbnailUrl()).isNotNull();
        });
    }
}
