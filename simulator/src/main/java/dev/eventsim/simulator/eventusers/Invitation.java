package dev.eventsim.simulator.eventusers;

import java.util.List;

/**
 * An invitation that passed the checks of event-users/invite: the user's id (from the email) and
 * role set are worked out, ready to store.
 */
public record Invitation(String userId, NewEventUser request, List<EventRole> roles) {

    public boolean holds(EventRole role) {
        return roles.contains(role);
    }

    /** The same invitation to another event. */
    public Invitation withEventId(long eventId) {
        return new Invitation(userId, request.withEventId(eventId), roles);
    }
}
