package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/**
 * A partner's event users as snapshots and the state file keep them: every user, each event's in
 * invitation order, and the invitation counter their {@code sequence} comes from.
 */
public record EventUserRows(List<EventUser> users, long invitations) implements TableRows {
    public EventUserRows {
        users = List.copyOf(users);
    }

    @Override
    public int size() {
        return users.size();
    }
}
