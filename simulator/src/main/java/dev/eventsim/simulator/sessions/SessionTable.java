package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.state.EventScoped;
import dev.eventsim.simulator.state.PortableTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * One partner's sessions, per event in creation order. A deleted event takes its sessions with it;
 * a duplicate's sessions are made by the copier (they need new ids before the other event-scoped
 * tables copy theirs), so nothing is copied here. Used under the partner's lock.
 */
public final class SessionTable implements EventScoped, PortableTable {
    private final Map<Long, Map<String, Session>> byEvent = new HashMap<>();
    private int size;

    public SessionTable() {
    }

    SessionTable(SessionRows rows) {
        rows.sessions().forEach(this::put);
    }

    @Override
    public SessionRows export() {
        List<Session> all = new ArrayList<>(size);
        new TreeMap<>(byEvent).values().forEach(sessions -> all.addAll(sessions.values()));
        return new SessionRows(all);
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

    /** Stores a session in its event, or replaces the one with its id. */
    public void put(Session session) {
        // most events hold one or two sessions: a small table to start with
        Map<String, Session> sessions = byEvent.computeIfAbsent(session.eventId(), id -> new LinkedHashMap<>(4));
        if (sessions.put(session.id(), session) == null) {
            size++;
        }
    }

    @Override
    public void forgetEvent(long eventId) {
        Map<String, Session> removed = byEvent.remove(eventId);
        if (removed != null) {
            size -= removed.size();
        }
    }

    @Override
    public Optional<String> orphan(LongPredicate hasEvent) {
        return EventScoped.orphanIn(byEvent, hasEvent,
                (key, eventId) -> "session " + key + " belongs to event " + eventId);
    }
}
