package dev.eventsim.simulator.seeding;

import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.NewEvent;
import java.util.List;

/**
 * One event to seed: what events/create takes, the labels events/update would give it, and the
 * users and sessions to add to it. Event ids are not known yet, so {@code users} and
 * {@code sessions} carry event id 0 until they are stored.
 */
public record EventSeed(NewEvent event, List<String> labels, List<NewEventUser> users, List<SessionSeed> sessions) {
}
