package dev.eventsim.simulator.lifecycle;

import java.time.Instant;

/** An event's lifecycle as read at one instant of the clock. */
public record EventLifecycle(
        long eventId,
        long partnerId,
        LifecycleState state,
        Instant publishedAt,
        Instant cancelledAt,
        Instant startDate,
        Instant endDate) {
}
