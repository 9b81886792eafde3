package dev.eventsim.simulator.events;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A partner's events as snapshots and the state file keep them, in id order. */
public record EventRows(List<Event> events) implements TableRows {
    public EventRows {
        events = List.copyOf(events);
    }

    @Override
    public int size() {
        return events.size();
    }
}
