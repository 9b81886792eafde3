package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.PagerPolicy.Page;

/** A read of event-users/list: whose users, which of them, in which order, which page. */
public record EventUserQuery(long eventId, EventUserFilter filter, EventUserOrder order, Page page) {
}
