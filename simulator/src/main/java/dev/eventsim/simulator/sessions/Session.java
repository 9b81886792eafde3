package dev.eventsim.simulator.sessions;

import java.time.Instant;
import java.util.List;

/** A session of an event, as stored. Immutable: a change stores a new value. */
public record Session(
        String id,
        long eventId,
        String name,
        String description,
        SessionType type,
        Visibility visibility,
        Instant startDate,
        Instant endDate,
        List<String> tags,
        boolean isManualLive,
        String imageEntryId,
        String sourceEntryId,
        int rsvpCount,
        Instant createdAt,
        Instant updatedAt) {
}
