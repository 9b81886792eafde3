package dev.eventsim.simulator.eventusers;

import java.util.List;

/** One page of event-users/list and the number of users that matched before paging. */
public record EventUserPage(List<EventUser> users, int totalCount) {
}
