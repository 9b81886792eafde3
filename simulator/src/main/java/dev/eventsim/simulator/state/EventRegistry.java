package dev.eventsim.simulator.state;

import java.util.Optional;

/**
 * The partner table of the events themselves, which the rows of every {@link EventScoped} table
 * belong to. Deleting an event removes it here, then from every event-scoped table
 * ({@link PartnerData#forgetEvent}); a restore refuses data that refers to an event not held here.
 */
public interface EventRegistry extends PortableTable {
    boolean containsKey(long eventId);

    /** Removes the event itself, if it is here. */
    void removeEvent(long eventId);

    /**
     * An event stored under another partner than {@code partnerId}, described for a message
     * ("event 10004 belongs to partner 3003"), or empty; a restore refuses such data.
     */
    Optional<String> foreignEvent(long partnerId);
}
