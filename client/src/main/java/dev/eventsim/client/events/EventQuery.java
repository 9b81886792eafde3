package dev.eventsim.client.events;

import dev.eventsim.client.Pager;

/**
 * What {@code events/list} takes; every part is optional. The service's defaults: every event,
 * newest first, offset 0, 5 per page (at most 15).
 */
public record EventQuery(EventFilter filter, Pager pager, EventOrder orderBy) {

    /** The service's defaults. */
    public static EventQuery defaults() {
        return new EventQuery(null, null, null);
    }

    public static EventQuery of(EventFilter filter) {
        return new EventQuery(filter, null, null);
    }

    public EventQuery withFilter(EventFilter value) {
        return new EventQuery(value, pager, orderBy);
    }

    public EventQuery withPager(Pager value) {
        return new EventQuery(filter, value, orderBy);
    }

    public EventQuery withOrderBy(EventOrder value) {
        return new EventQuery(filter, pager, value);
    }
}
