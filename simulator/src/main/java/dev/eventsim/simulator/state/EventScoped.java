package dev.eventsim.simulator.state;

/**
 * A partner table that holds data belonging to events (users of an event, participants of its
 * sessions, ...). When an event is deleted, every such table forgets what belonged to it, so
 * nothing dangles.
 */
public interface EventScoped {
    void forgetEvent(long eventId);
}
