package dev.eventsim.simulator.duplication;

import java.time.Instant;
import java.util.Set;

/** The body of events/duplicate, read and typed; null where not sent. */
public record DuplicateRequest(
        long sourceEventId,
        String name,
        String timezone,
        String description,
        Instant startDate,
        Instant endDate,
        Set<String> userRoles,
        boolean skipEmail) {
}
