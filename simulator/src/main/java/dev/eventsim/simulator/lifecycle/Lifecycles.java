package dev.eventsim.simulator.lifecycle;

import dev.eventsim.simulator.state.EventScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A partner's publish and cancel marks, by event id. An event without marks is a draft. */
final class Lifecycles implements EventScoped {
    record Marks(Instant publishedAt, Instant cancelledAt) {
    }

    private final Map<Long, Marks> byEvent = new HashMap<>();

    Marks of(long eventId) {
        return byEvent.getOrDefault(eventId, new Marks(null, null));
    }

    void put(long eventId, Marks marks) {
        byEvent.put(eventId, marks);
    }

    @Override
    public void forgetEvent(long eventId) {
        byEvent.remove(eventId);
    }
}
