package dev.eventsim.simulator.lifecycle;

import dev.eventsim.simulator.state.TableRows;
import java.time.Instant;
import java.util.List;

/** A partner's publish and cancel marks as snapshots and the state file keep them. */
public record LifecycleRows(List<Marks> events) implements TableRows {
    public LifecycleRows {
        events = List.copyOf(events);
    }

    /** When an event was published and cancelled, null where it was not. */
    public record Marks(long eventId, Instant publishedAt, Instant cancelledAt) {
    }

    @Override
    public int size() {
        return events.size();
    }
}
