package dev.eventsim.client.events;

import dev.eventsim.client.internal.Lists;
import java.util.List;

/** One page of {@code events/list}; {@code totalCount} counts every match, before paging. */
public record EventPage(List<Event> events, long totalCount) {

    public EventPage {
        events = Lists.fromAnswer(events);
    }
}
