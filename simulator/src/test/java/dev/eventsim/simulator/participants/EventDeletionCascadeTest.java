package dev.eventsim.simulator.participants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.EventUsers;
import dev.eventsim.simulator.eventusers.EventUsersBackend;
import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.events.NewEvent;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an event delete leaves in the partner's tables. Event ids are never reused, so the API
 * cannot show leftovers; this looks at the tables themselves.
 */
class EventDeletionCascadeTest {
    private static final long PARTNER = 1000001;

    private final Store store = new Store(42);
    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final EventsBackend events = new EventsBackend(store, clock);
    private final EventUsersBackend users = new EventUsersBackend(store, clock);
    private final ParticipantsBackend participants = new ParticipantsBackend(store);

    @Test
    void deleting_an_event_empties_its_users_and_session_participants() {
        Event event = events.create(PARTNER, new NewEvent("tm1000", "Town hall", null,
                Instant.parse("2030-05-01T14:00:00Z"), Instant.parse("2030-05-01T16:00:00Z"), "UTC"));
        PartnerData partner = store.partner(PARTNER);
        String sessionId = partner.read(() -> SessionsBackend.sessions(partner).of(event.id()).keySet().iterator().next());
        String userId = users.invite(PARTNER, new NewEventUser(event.id(), "Ada", "Lovelace", "ada@example.test",
                null, null, null, List.of(EventRole.Speaker, EventRole.Moderator), null, null)).id();
        participants.add(PARTNER, new ParticipantsAddition(event.id(), sessionId,
                List.of(new SpeakerInput(userId, null, null, null)), List.of(userId)));

        events.delete(PARTNER, event.id());

        assertThat(partner.table(EventUsers.class, EventUsers::new).of(event.id())).isEmpty();
        assertThat(partner.table(SessionParticipants.class, SessionParticipants::new).of(event.id(), sessionId))
                .isEqualTo(Participants.NONE);
    }
}
