package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Event users and session participants, made through the public API. */
final class PeopleStates {
    private final Fixtures fixtures;
    private final StateSetUp states;

    PeopleStates(Fixtures fixtures, StateSetUp states) {
        this.fixtures = fixtures;
        this.states = states;
    }

    /** Parameter {@code roles}: the event roles the user holds, as the API names them (default Attendees). */
    @State(ProviderStates.AN_EVENT_USER_EXISTS)
    Map<String, Object> anEventUserExists(Map<String, Object> params) {
        return states.run(ProviderStates.AN_EVENT_USER_EXISTS, () -> {
            Event event = fixtures.event();
            EventUser user = fixtures.user(event.id(), roles(params));
            return Map.of("eventId", event.id(), "userId", user.id(), "email", user.email());
        });
    }

    @State(ProviderStates.A_SPEAKER_AND_A_MODERATOR_ARE_INVITED)
    Map<String, Object> aSpeakerAndAModeratorAreInvited() {
        return states.run(ProviderStates.A_SPEAKER_AND_A_MODERATOR_ARE_INVITED, () -> {
            Event event = fixtures.event();
            Session session = fixtures.session(event);
            EventUser speaker = fixtures.user(event.id(), EventUserRole.SPEAKER);
            EventUser moderator = fixtures.user(event.id(), EventUserRole.MODERATOR);
            return Map.of("eventId", event.id(), "sessionId", session.id(), "speakerId", speaker.id(),
                    "moderatorId", moderator.id());
        });
    }

    /** Parameter {@code withModerator}: true puts a moderator on the session too. */
    @State(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS)
    Map<String, Object> aSessionWithASpeakerExists(Map<String, Object> params) {
        return states.run(ProviderStates.A_SESSION_WITH_A_SPEAKER_EXISTS, () -> {
            Event event = fixtures.event();
            Session session = fixtures.session(event);
            EventUser speaker = fixtures.user(event.id(), EventUserRole.SPEAKER);
            fixtures.speaker(event.id(), session.id(), speaker.id());
            Map<String, Object> ids = new HashMap<>(Map.of("eventId", event.id(), "sessionId", session.id(),
                    "speakerId", speaker.id()));
            if (Boolean.TRUE.equals(params.get("withModerator"))) {
                EventUser moderator = fixtures.user(event.id(), EventUserRole.MODERATOR);
                fixtures.moderator(event.id(), session.id(), moderator.id());
                ids.put("moderatorId", moderator.id());
            }
            return ids;
        });
    }

    private static EventUserRole[] roles(Map<String, Object> params) {
        Object value = params.getOrDefault("roles", List.of("Attendees"));
        return ((List<?>) value).stream().map(String::valueOf).map(PeopleStates::role).toArray(EventUserRole[]::new);
    }

    private static EventUserRole role(String wire) {
        return switch (wire) {
            case "Attendees" -> EventUserRole.ATTENDEES;
            case "Speaker" -> EventUserRole.SPEAKER;
            case "Moderator" -> EventUserRole.MODERATOR;
            default -> throw new IllegalArgumentException("not an event role: " + wire);
        };
    }
}
