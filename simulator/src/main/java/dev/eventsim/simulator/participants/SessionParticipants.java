package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.EventUserScoped;
import dev.eventsim.simulator.state.EventScoped;
import dev.eventsim.simulator.state.PortableTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

/**
 * One partner's session participants, per event and session. It follows the event users it
 * refers to: a user who leaves the event, or loses the Speaker or Moderator role, leaves the
 * sessions' speakers or moderators; a deleted event takes its sessions' participants with it.
 */
public final class SessionParticipants implements EventScoped, EventUserScoped, PortableTable {
    private final Map<Long, Map<String, Participants>> byEvent = new HashMap<>();

    SessionParticipants() {
    }

    SessionParticipants(SessionParticipantRows rows) {
        for (SessionParticipantRows.Places places : rows.sessions()) {
            Map<String, Speaker> speakers = new LinkedHashMap<>();
            places.speakers().forEach(s -> speakers.put(s.userId(), s));
            put(places.eventId(), places.sessionId(), new Participants(Collections.unmodifiableMap(speakers),
                    Collections.unmodifiableSet(new LinkedHashSet<>(places.moderatorIds()))));
        }
    }

    @Override
    public SessionParticipantRows export() {
        List<SessionParticipantRows.Places> places = new ArrayList<>();
        byEvent.forEach((eventId, sessions) -> sessions.forEach((sessionId, p) -> places.add(
                new SessionParticipantRows.Places(eventId, sessionId, List.copyOf(p.speakers().values()),
                        List.copyOf(p.moderatorIds())))));
        return new SessionParticipantRows(places);
    }

    public Participants of(long eventId, String sessionId) {
        Map<String, Participants> sessions = byEvent.get(eventId);
        return sessions == null ? Participants.NONE : sessions.getOrDefault(sessionId, Participants.NONE);
    }

    void put(long eventId, String sessionId, Participants participants) {
        Map<String, Participants> sessions = byEvent.computeIfAbsent(eventId, id -> new LinkedHashMap<>());
        if (participants.isEmpty()) {
            sessions.remove(sessionId);
        } else {
            sessions.put(sessionId, participants);
        }
    }

    @Override
    public void forgetEvent(long eventId) {
        byEvent.remove(eventId);
    }

    @Override
    public Optional<String> orphan(LongPredicate hasEvent) {
        return EventScoped.orphanIn(byEvent, hasEvent,
                (key, eventId) -> "the participants of session " + key + " belong to event " + eventId);
    }

    @Override
    public void forgetUser(long eventId, String userId) {
        change(eventId, p -> p.withoutSpeakers(Set.of(userId)).withoutModerators(Set.of(userId)));
    }

    @Override
    public void forgetRole(long eventId, String userId, EventRole role) {
        switch (role) {
            case Speaker -> change(eventId, p -> p.withoutSpeakers(Set.of(userId)));
            case Moderator -> change(eventId, p -> p.withoutModerators(Set.of(userId)));
            case Attendees -> {
                // Attending is not what a session place depends on.
            }
        }
    }

    private void change(long eventId, UnaryOperator<Participants> change) {
        Map<String, Participants> sessions = byEvent.get(eventId);
        if (sessions == null) {
            return;
        }
        for (String sessionId : List.copyOf(sessions.keySet())) {
            put(eventId, sessionId, change.apply(sessions.get(sessionId)));
        }
    }
}
