package dev.eventsim.simulator.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One partner's sessions, per event in creation order. Used under the partner's lock. */
public final class SessionTable {
    private final Map<Long, Map<String, Session>> byEvent = new HashMap<>();
    private int size;

    public SessionTable() {
    }

    /** The sessions of an event in creation order, not to be changed; empty for an event without sessions. */
    public Map<String, Session> of(long eventId) {
        Map<String, Session> sessions = byEvent.get(eventId);
        return sessions == null ? Map.of() : sessions;
    }

    /** How many sessions all the partner's events hold. */
    public int size() {
        return size;
    }

    /** Every session, by event id and then in creation order. */
    public List<Session> all() {
        List<Session> all = new ArrayList<>(size);
        new TreeMap<>(byEvent).values().forEach(sessions -> all.addAll(sessions.values()));
        return all;
    }

    /** Stores a session in its event, or replaces the one with its id. */
    public void put(Session session) {
        // most events hold one or two sessions: a small table to start with
        if (byEvent.computeIfAbsent(session.eventId(), id -> new LinkedHashMap<>(4)).put(session.id(), session) == null) {
            size++;
        }
    }

    /** Removes every session of the event. */
    public void forgetEvent(long eventId) {
        Map<String, Session> removed = byEvent.remove(eventId);
        if (removed != null) {
            size -= removed.size();
        }
    }
}
