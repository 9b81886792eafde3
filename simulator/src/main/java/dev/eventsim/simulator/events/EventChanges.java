package dev.eventsim.simulator.events;

import java.time.Instant;
import java.util.List;

/** The fields of events/update; a null field was not sent and stays as it is. */
public record EventChanges(
        long id,
        String name,
        String description,
        Instant startDate,
        Instant endDate,
        Instant doorsOpenDate,
        String timezone,
        List<String> labels,
        String logoEntryId,
        String bannerEntryId) {
}
