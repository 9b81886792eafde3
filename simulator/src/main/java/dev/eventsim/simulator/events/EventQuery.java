package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.PagerPolicy.Page;

/** A read of events/list: which events, in which order, which page. */
public record EventQuery(EventFilter filter, EventOrder order, Page page) {
}
