package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.Timestamps;
import java.util.List;

/** An event as the API writes it: every field of the contract's event object, in its order. */
public record EventView(
        long id,
        String publicDomain,
        String name,
        String description,
        String startDate,
        String endDate,
        String timezone,
        String logoUrl,
        String bannerImageUrl,
        List<String> labels,
        String createdAt,
        String updatedAt,
        List<String> languages,
        boolean isRegistrationOpen,
        String doorsOpenDate,
        String templateId,
        String templateName) {

    public static EventView of(Event e) {
        return new EventView(e.id(), e.partnerId() + ".events.localhost", e.name(), e.description(),
                Timestamps.format(e.startDate()), Timestamps.format(e.endDate()), e.timezone(),
                EntryIds.thumbnailUrl(e.partnerId(), e.logoEntryId()),
                EntryIds.thumbnailUrl(e.partnerId(), e.bannerEntryId()), e.labels(),
                Timestamps.format(e.createdAt()), Timestamps.format(e.updatedAt()), e.languages(),
                e.isRegistrationOpen(), Timestamps.format(e.doorsOpenDate()), e.templateId(), e.templateName());
    }
}
