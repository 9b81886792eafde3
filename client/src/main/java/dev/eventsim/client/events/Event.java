package dev.eventsim.client.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eventsim.client.internal.Lists;
import java.time.Instant;
import java.util.List;

/**
 * An event as the service returns it (the contract's {@code PublicEventDto}; every field is
 * always present). The event's lifecycle is not part of the API.
 */
public record Event(
        long id,
        String publicDomain,
        String name,
        String description,
        Instant startDate,
        Instant endDate,
        String timezone,
        String logoUrl,
        String bannerImageUrl,
        List<String> labels,
        Instant createdAt,
        Instant updatedAt,
        List<String> languages,
        @JsonProperty("isRegistrationOpen") boolean isRegistrationOpen,
        Instant doorsOpenDate,
        String templateId,
        String templateName) {

    public Event {
        labels = Lists.fromAnswer(labels);
        languages = Lists.fromAnswer(languages);
    }
}
