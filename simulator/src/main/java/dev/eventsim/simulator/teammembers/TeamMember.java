package dev.eventsim.simulator.teammembers;

import java.time.Instant;

/**
 * A team member as stored. Immutable: a change stores a new value. Members never log in to the
 * simulator, so there is no last-login time.
 */
public record TeamMember(
        String id,
        String email,
        String firstName,
        String lastName,
        TeamRole role,
        boolean disabled,
        Instant createdAt,
        Instant updatedAt) {
}
