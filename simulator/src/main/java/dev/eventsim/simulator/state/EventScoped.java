package dev.eventsim.simulator.state;

/**
 * A partner table that holds data belonging to events (users of an event, participants of its
 * sessions, ...). When an event is deleted, every such table forgets what belonged to it, so
 * nothing dangles; when an event is duplicated, each table decides what the copy gets.
 */
public interface EventScoped {
    void forgetEvent(long eventId);

    /** Copies what belongs to the source event onto a duplicate; by default nothing comes along. */
    default void copyEvent(EventCopy copy) {
    }
}
