package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import java.time.Instant;
import java.util.Map;

/** Events and sessions, made through the public API. */
final class EventStates {
    private final Fixtures fixtures;
    private final StateSetUp states;

    EventStates(Fixtures fixtures, StateSetUp states) {
        this.fixtures = fixtures;
        this.states = states;
    }

    /** Parameters (all optional): {@code templateId}, and {@code startDate} with {@code endDate}. */
    @State(ProviderStates.AN_EVENT_EXISTS)
    Map<String, Object> anEventExists(Map<String, Object> params) {
        return states.run(ProviderStates.AN_EVENT_EXISTS, () -> Map.of("eventId", event(params).id()));
    }

    @State(ProviderStates.AN_EVENT_WITH_A_SESSION_EXISTS)
    Map<String, Object> anEventWithASessionExists(Map<String, Object> params) {
        return states.run(ProviderStates.AN_EVENT_WITH_A_SESSION_EXISTS, () -> {
            Event event = event(params);
            Session session = fixtures.session(event);
            return Map.of("eventId", event.id(), "sessionId", session.id());
        });
    }

    @State(ProviderStates.AN_EVENT_WAS_DELETED)
    Map<String, Object> anEventWasDeleted() {
        return states.run(ProviderStates.AN_EVENT_WAS_DELETED, () -> {
            Event event = fixtures.event();
            fixtures.client().events().delete(event.id());
            return Map.of("eventId", event.id());
        });
    }

    private Event event(Map<String, Object> params) {
        String templateId = (String) params.getOrDefault("templateId", "tm0000");
        if (params.containsKey("startDate") && params.containsKey("endDate")) {
            return fixtures.event(templateId, Instant.parse((String) params.get("startDate")),
                    Instant.parse((String) params.get("endDate")));
        }
        return fixtures.event(templateId);
    }
}
