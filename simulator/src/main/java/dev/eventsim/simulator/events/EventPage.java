package dev.eventsim.simulator.events;

import java.util.List;

/** One page of events/list and the number of events that matched before paging. */
public record EventPage(List<Event> events, int totalCount) {
}
