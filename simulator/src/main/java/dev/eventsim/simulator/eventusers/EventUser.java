package dev.eventsim.simulator.eventusers;

import java.time.Instant;
import java.util.List;

/**
 * A user of one event, as stored. Immutable: a change stores a new value. {@code sequence} counts
 * invitations within the partner, so users invited in the same millisecond still sort by invitation.
 */
public record EventUser(
        String id,
        long eventId,
        String firstName,
        String lastName,
        String email,
        String title,
        String company,
        String bio,
        List<EventRole> roles,
        String imageEntryId,
        String status,
        long sequence,
        Instant createdAt,
        Instant updatedAt) {

    /** The only status the simulator gives: nobody ever opens the invitation email. */
    public static final String INVITED = "Invited";

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean holds(EventRole role) {
        return roles.contains(role);
    }
}
