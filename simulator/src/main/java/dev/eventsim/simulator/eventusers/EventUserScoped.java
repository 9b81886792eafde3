package dev.eventsim.simulator.eventusers;

/**
 * A partner table that holds data about users of an event (a speaker of a session, ...). When a
 * user leaves the event or loses a role, every such table forgets what depended on it, so
 * nothing dangles. Called under the partner's write lock.
 */
public interface EventUserScoped {
    void forgetUser(long eventId, String userId);

    void forgetRole(long eventId, String userId, EventRole role);
}
