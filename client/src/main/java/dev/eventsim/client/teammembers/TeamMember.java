package dev.eventsim.client.teammembers;

import java.time.Instant;

/**
 * A person on the account's team (the contract's {@code PublicTeamDto}). The contract requires
 * only {@code id}, {@code email} and {@code disabled}; the rest may be null.
 *
 * @param id          a Kaltura user id (a string)
 * @param lastLoginAt null until the member signs in
 * @param disabled    true when the member may not sign in to the Event Platform
 */
public record TeamMember(String id, String firstName, String lastName, String email, Instant updatedAt,
                         Instant createdAt, Instant lastLoginAt, TeamRole role, boolean disabled) {
}
