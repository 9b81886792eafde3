package dev.eventsim.simulator.teammembers;

import dev.eventsim.simulator.api.Timestamps;

/**
 * A team member as the API writes it, in the contract's field order. The contract's optional
 * {@code lastLoginAt} is left out: members never log in to the simulator.
 */
public record TeamMemberView(
        String id,
        String firstName,
        String lastName,
        String email,
        String updatedAt,
        String createdAt,
        TeamRole role,
        boolean disabled) {

    public static TeamMemberView of(TeamMember m) {
        return new TeamMemberView(m.id(), m.firstName(), m.lastName(), m.email(),
                Timestamps.format(m.updatedAt()), Timestamps.format(m.createdAt()), m.role(), m.disabled());
    }
}
