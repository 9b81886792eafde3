package dev.eventsim.client.sessions;

import static dev.eventsim.client.support.Fixtures.START;
import static dev.eventsim.client.support.Fixtures.aSession;
import static dev.eventsim.client.support.Fixtures.aSpeaker;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.support.ClientTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionsTest extends ClientTest {
    private long eventId;

    @BeforeEach
    void aBlankEvent() {
        eventId = client.events().create(anEvent("Conference").build()).id();
    }

    @Test
    void create_answers_the_session_with_the_defaults_filled_in() {
        Session session = client.sessions().create(eventId, aSession("Keynote").tags(List.of("keynote")).build());

        assertThat(session.id()).matches("[0-9]+_[a-z0-9]{8}");
        assertThat(session.name()).isEqualTo("Keynote");
        assertThat(session.type()).isEqualTo(SessionType.LIVE_WEBCAST);
        assertThat(session.visibility()).isEqualTo(Visibility.PUBLISHED);
        assertThat(session.description()).isEmpty();
        assertThat(session.startDate()).isEqualTo(START);
        assertThat(session.endDate()).isEqualTo(START.plusSeconds(3600));
        assertThat(session.tags()).containsExactly("keynote");
        assertThat(session.rsvpCount()).isZero();
        assertThat(session.sourceEntry()).isNull();
    }

    @Test
    void create_sends_the_optional_fields() {
        Session session = client.sessions().create(eventId, NewSession.builder("Workshop", SessionType.MEETING_ENTRY)
                .dates(START, START.plusSeconds(5400)).description("Hands on").visibility(Visibility.PRIVATE)
                .manualLive(true).build());

        assertThat(session.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(session.description()).isEqualTo("Hands on");
        assertThat(session.type()).isEqualTo(SessionType.MEETING_ENTRY);
    }

    @Test
    void list_answers_every_session_of_the_event_in_creation_order() {
        Session first = client.sessions().create(eventId, aSession("First").build());
        Session second = client.sessions().create(eventId, aSession("Second").build());

        assertThat(client.sessions().list(eventId)).containsExactly(first, second);
    }

    @Test
    void speakerList_answers_the_speakers_by_order_with_their_profiles() {
        Session session = client.sessions().create(eventId, aSession("Panel").build());
        EventUser ada = client.eventUsers().invite(aSpeaker(eventId, "ada@example.test").title("Analyst").build());
        EventUser grace = client.eventUsers().invite(aSpeaker(eventId, "grace@example.test").build());
        client.sessionParticipants().addSpeakers(eventId, session.id(),
                SpeakerPlacement.of(ada.id()).withOrder(2), SpeakerPlacement.of(grace.id()).withOrder(1));

        List<Speaker> speakers = client.sessions().speakerList(eventId, session.id());

        assertThat(speakers).extracting(Speaker::email).containsExactly("grace@example.test", "ada@example.test");
        assertThat(speakers.get(1)).satisfies(s -> {
            assertThat(s.id()).isEqualTo(ada.id());
            assertThat(s.firstName()).isEqualTo("Ada");
            assertThat(s.title()).isEqualTo("Analyst");
            assertThat(s.order()).isEqualTo(2);
            assertThat(s.isHidden()).isFalse();
            assertThat(s.profileLink()).isNotNull();
        });
    }

    @Test
    void a_session_of_an_unknown_event_is_not_found() {
        assertThatThrownBy(() -> client.sessions().list(eventId + 999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.sessions().speakerList(eventId, "1_nosuchid"))
                .isInstanceOf(NotFoundException.class);
    }
}
