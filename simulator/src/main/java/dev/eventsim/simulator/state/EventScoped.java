package dev.eventsim.simulator.state;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongPredicate;

/**
 * A partner table that holds data belonging to events (sessions, users of an event, participants
 * of its sessions, ...). When an event is deleted, every such table forgets what belonged to it, so
 * nothing dangles; when an event is duplicated, each table decides what the copy gets.
 */
public interface EventScoped {
    void forgetEvent(long eventId);

    /** Copies what belongs to the source event onto a duplicate; by default nothing comes along. */
    default void copyEvent(EventCopy copy) {
    }

    /**
     * A row belonging to an event that {@code hasEvent} says the partner does not have, described
     * for a message ("session 1_k3x9q0ab belongs to event 10002"), or empty. A restore refuses data
     * holding one: a hand-edited state file cannot smuggle in what no call could have made.
     */
    Optional<String> orphan(LongPredicate hasEvent);

    /**
     * {@link #orphan} for a table keeping its rows per event, by key: the first row of an event
     * {@code hasEvent} does not have, described by {@code describe(row key, event id)}.
     */
    static <K> Optional<String> orphanIn(Map<Long, ? extends Map<K, ?>> byEvent, LongPredicate hasEvent,
                                         BiFunction<K, Long, String> describe) {
        for (Map.Entry<Long, ? extends Map<K, ?>> event : byEvent.entrySet()) {
            if (!hasEvent.test(event.getKey()) && !event.getValue().isEmpty()) {
                return Optional.of(describe.apply(event.getValue().keySet().iterator().next(), event.getKey()));
            }
        }
        return Optional.empty();
    }
}
