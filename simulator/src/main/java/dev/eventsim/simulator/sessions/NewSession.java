package dev.eventsim.simulator.sessions;

import java.time.Instant;
import java.util.List;

/** The fields of sessions/create, read and typed; null where not sent. */
public record NewSession(
        long eventId,
        String name,
        SessionType type,
        String description,
        Visibility visibility,
        Instant startDate,
        Instant endDate,
        List<String> tags,
        Boolean isManualLive,
        String imageUrlEntryId,
        String sourceEntryId) {
}
