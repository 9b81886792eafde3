package dev.eventsim.client.eventusers;

import dev.eventsim.client.internal.Lists;
import java.util.List;

/** One page of {@code event-users/list}; {@code totalCount} counts every match, before paging. */
public record EventUserPage(List<EventUser> users, long totalCount) {

    public EventUserPage {
        users = Lists.fromAnswer(users);
    }
}
