package dev.eventsim.client.teammembers;

import java.util.Objects;

/**
 * What {@code team-members/update} takes: the member's {@code id} and only the fields to change.
 * The email cannot change. Start with {@link #of(String)}.
 *
 * @param disabled true shuts the member out of the Event Platform while keeping them on the team
 */
public record TeamMemberChanges(String id, String firstName, String lastName, TeamRole role, Boolean disabled) {

    public TeamMemberChanges {
        Objects.requireNonNull(id, "id");
    }

    public static TeamMemberChanges of(String id) {
        return new TeamMemberChanges(id, null, null, null, null);
    }

    public TeamMemberChanges withFirstName(String value) {
        return new TeamMemberChanges(id, value, lastName, role, disabled);
    }

    public TeamMemberChanges withLastName(String value) {
        return new TeamMemberChanges(id, firstName, value, role, disabled);
    }

    public TeamMemberChanges withRole(TeamRole value) {
        return new TeamMemberChanges(id, firstName, lastName, value, disabled);
    }

    public TeamMemberChanges withDisabled(boolean value) {
        return new TeamMemberChanges(id, firstName, lastName, role, value);
    }
}
