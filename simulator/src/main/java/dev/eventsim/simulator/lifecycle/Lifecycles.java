package dev.eventsim.simulator.lifecycle;

import dev.eventsim.simulator.state.EventScoped;
import dev.eventsim.simulator.state.PortableTable;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/** A partner's publish and cancel marks, by event id. An event without marks is a draft. */
final class Lifecycles implements EventScoped, PortableTable {
    record Marks(Instant publishedAt, Instant cancelledAt) {
    }

    /** The marks of an event never published nor cancelled: a draft. */
    static final Marks NO_MARKS = new Marks(null, null);

    private final Map<Long, Marks> byEvent = new HashMap<>();

    Lifecycles() {
    }

    Lifecycles(LifecycleRows rows) {
        rows.events().forEach(m -> byEvent.put(m.eventId(), new Marks(m.publishedAt(), m.cancelledAt())));
    }

    @Override
    public LifecycleRows export() {
        List<LifecycleRows.Marks> marks = new ArrayList<>();
        byEvent.forEach((eventId, m) -> marks.add(new LifecycleRows.Marks(eventId, m.publishedAt(), m.cancelledAt())));
        return new LifecycleRows(marks);
    }

    Marks of(long eventId) {
        return byEvent.getOrDefault(eventId, NO_MARKS);
    }

    void put(long eventId, Marks marks) {
        byEvent.put(eventId, marks);
    }

    @Override
    public void forgetEvent(long eventId) {
        byEvent.remove(eventId);
    }

    @Override
    public Optional<String> orphan(LongPredicate hasEvent) {
        return byEvent.keySet().stream().filter(eventId -> !hasEvent.test(eventId)).findFirst()
                .map(eventId -> "publish and cancel marks belong to event " + eventId);
    }
}
