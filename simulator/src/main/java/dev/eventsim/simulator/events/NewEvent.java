package dev.eventsim.simulator.events;

import java.time.Instant;

/** The fields of events/create, read and typed. */
public record NewEvent(
        String templateId, String name, String description, Instant startDate, Instant endDate, String timezone) {
}
