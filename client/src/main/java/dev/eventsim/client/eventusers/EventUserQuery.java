package dev.eventsim.client.eventusers;

import dev.eventsim.client.Pager;

/**
 * What {@code event-users/list} takes: the event, and optionally a filter, a pager (default 30
 * per page) and an order (default oldest first). Start with {@link #of(long)}.
 */
public record EventUserQuery(long eventId, EventUserFilter filter, Pager pager, EventUserOrder orderBy) {

    public static EventUserQuery of(long eventId) {
        return new EventUserQuery(eventId, null, null, null);
    }

    public EventUserQuery withFilter(EventUserFilter value) {
        return new EventUserQuery(eventId, value, pager, orderBy);
    }

    public EventUserQuery withPager(Pager value) {
        return new EventUserQuery(eventId, filter, value, orderBy);
    }

    public EventUserQuery withOrderBy(EventUserOrder value) {
        return new EventUserQuery(eventId, filter, pager, value);
    }
}
