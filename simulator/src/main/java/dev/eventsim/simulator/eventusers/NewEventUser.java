package dev.eventsim.simulator.eventusers;

import java.util.List;

/** The fields of event-users/invite, read and typed; null where not sent. */
public record NewEventUser(
        long eventId,
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        String bio,
        List<EventRole> roles,
        String imageUrlEntryId,
        Boolean skipEmail) {
}
