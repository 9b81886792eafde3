package dev.eventsim.simulator.state;

import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.sessions.Session;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one partner owns, as a value: events, sessions in creation order per event, and the
 * rows of each feature table under its kind's name. Checked when built, so a hand-edited state
 * file cannot smuggle in a session without its event.
 */
public record PartnerImage(long partnerId, List<Event> events, List<Session> sessions, Map<String, TableRows> tables) {

    public PartnerImage {
        events = List.copyOf(events);
        sessions = List.copyOf(sessions);
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        Set<Long> eventIds = new HashSet<>();
        for (Event event : events) {
            if (event.partnerId() != partnerId) {
                throw new IllegalArgumentException("event " + event.id() + " belongs to partner " + event.partnerId()
                        + ", not " + partnerId);
            }
            if (!eventIds.add(event.id())) {
                throw new IllegalArgumentException("event " + event.id() + " appears twice in partner " + partnerId);
            }
        }
        for (Session session : sessions) {
            if (!eventIds.contains(session.eventId())) {
                throw new IllegalArgumentException("session " + session.id() + " belongs to event " + session.eventId()
                        + ", which partner " + partnerId + " does not have");
            }
        }
    }

    public boolean holdsNothing() {
        return events.isEmpty() && sessions.isEmpty() && tables.isEmpty();
    }

    /** Row counts: events, sessions, then each table by its kind's name. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("events", events.size());
        counts.put("sessions", sessions.size());
        tables.forEach((name, rows) -> counts.put(name, rows.size()));
        return counts;
    }
}
