package dev.eventsim.simulator.eventusers;

import java.util.List;

/** The fields of event-users/update; a null field was not sent and stays as it is. */
public record EventUserChanges(
        long eventId,
        String userId,
        String firstName,
        String lastName,
        String title,
        String company,
        String bio,
        List<EventRole> roles,
        String imageUrlEntryId) {
}
