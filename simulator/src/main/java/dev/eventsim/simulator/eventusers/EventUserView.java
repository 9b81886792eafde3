package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.Timestamps;
import java.util.List;

/** An event user as the API writes it: every field of the contract's user object, in its order. */
public record EventUserView(
        String id,
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        String bio,
        List<String> roles,
        String thumbnailUrl,
        String createdAt,
        String updatedAt,
        String status) {

    public static EventUserView of(long partnerId, EventUser u) {
        return new EventUserView(u.id(), u.firstName(), u.lastName(), u.email(), u.title(), u.company(), u.bio(),
                u.roles().stream().map(EventRole::name).toList(), EntryIds.thumbnailUrl(partnerId, u.imageEntryId()),
                Timestamps.format(u.createdAt()), Timestamps.format(u.updatedAt()), u.status());
    }
}
