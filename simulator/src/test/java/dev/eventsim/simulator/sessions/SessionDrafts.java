package dev.eventsim.simulator.sessions;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds sessions/create bodies: {@code SessionDrafts.aSession().withType("SimuLive").bodyFor(eventId)}. */
final class SessionDrafts {
    private final Map<String, Object> session = new LinkedHashMap<>();

    private SessionDrafts() {
        session.put("name", "Opening keynote");
        session.put("type", "LiveWebcast");
        session.put("startDate", "2030-05-01T14:00:00Z");
        session.put("endDate", "2030-05-01T14:45:00Z");
    }

    static SessionDrafts aSession() {
        return new SessionDrafts();
    }

    SessionDrafts withName(String name) {
        return with("name", name);
    }

    SessionDrafts withType(String type) {
        return with("type", type);
    }

    SessionDrafts with(String field, Object value) {
        session.put(field, value);
        return this;
    }

    SessionDrafts without(String field) {
        session.remove(field);
        return this;
    }

    /** The session draft alone, to nest in a hand-made body. */
    Map<String, Object> draft() {
        return new LinkedHashMap<>(session);
    }

    /** A whole sessions/create body for the given event. */
    Map<String, Object> bodyFor(long eventId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("session", draft());
        return body;
    }
}
