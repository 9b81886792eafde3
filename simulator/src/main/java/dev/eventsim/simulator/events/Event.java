package dev.eventsim.simulator.events;

import java.time.Instant;
import java.util.List;

/** An event as stored. Immutable: a change stores a new value, so a reader never sees half an update. */
public record Event(
        long id,
        long partnerId,
        String name,
        String description,
        Instant startDate,
        Instant endDate,
        String timezone,
        String logoEntryId,
        String bannerEntryId,
        List<String> labels,
        List<String> languages,
        boolean isRegistrationOpen,
        Instant doorsOpenDate,
        String templateId,
        String templateName,
        Instant createdAt,
        Instant updatedAt) {
}
