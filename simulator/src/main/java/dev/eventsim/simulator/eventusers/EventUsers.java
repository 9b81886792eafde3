package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.state.EventCopy;
import dev.eventsim.simulator.state.EventScoped;
import dev.eventsim.simulator.state.PortableTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/** One partner's event users, per event, in invitation order. Used under the partner's lock. */
public final class EventUsers implements EventScoped, PortableTable {
    private final Map<Long, Map<String, EventUser>> byEvent = new HashMap<>();
    private long invitations;

    public EventUsers() {
    }

    EventUsers(EventUserRows rows) {
        rows.users().forEach(this::put);
        invitations = rows.invitations();
    }

    @Override
    public EventUserRows export() {
        List<EventUser> users = new ArrayList<>();
        byEvent.values().forEach(u -> users.addAll(u.values()));
        return new EventUserRows(users, invitations);
    }

    public Collection<EventUser> of(long eventId) {
        Map<String, EventUser> users = byEvent.get(eventId);
        return users == null ? List.of() : users.values();
    }

    /** The user of that event, or null. */
    public EventUser find(long eventId, String userId) {
        Map<String, EventUser> users = byEvent.get(eventId);
        return users == null ? null : users.get(userId);
    }

    public void put(EventUser user) {
        byEvent.computeIfAbsent(user.eventId(), id -> new LinkedHashMap<>()).put(user.id(), user);
    }

    public void remove(long eventId, String userId) {
        Map<String, EventUser> users = byEvent.get(eventId);
        if (users != null) {
            users.remove(userId);
        }
    }

    long nextSequence() {
        return ++invitations;
    }

    @Override
    public void forgetEvent(long eventId) {
        byEvent.remove(eventId);
    }

    @Override
    public Optional<String> orphan(LongPredicate hasEvent) {
        return EventScoped.orphanIn(byEvent, hasEvent,
                (key, eventId) -> "event user " + key + " belongs to event " + eventId);
    }

    /**
     * A duplicate gets the source's users holding any of the roles asked for (Speaker, Moderator),
     * invited afresh: same id (same email), same profile and roles, new timestamps. EventTeam has
     * no event-user counterpart in the simulator, so it brings no one.
     */
    @Override
    public void copyEvent(EventCopy copy) {
        for (EventUser user : List.copyOf(of(copy.sourceEventId()))) {
            if (user.roles().stream().anyMatch(role -> copy.userRoles().contains(role.name()))) {
                put(new EventUser(user.id(), copy.targetEventId(), user.firstName(), user.lastName(), user.email(),
                        user.title(), user.company(), user.bio(), user.roles(), user.imageEntryId(), EventUser.INVITED,
                        nextSequence(), copy.at(), copy.at()));
            }
        }
    }
}
