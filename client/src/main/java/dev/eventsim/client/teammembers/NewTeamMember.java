package dev.eventsim.client.teammembers;

import java.util.Objects;

/** What {@code team-members/create} takes; every field is required. */
public record NewTeamMember(String email, TeamRole role, String firstName, String lastName) {

    public NewTeamMember {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }

    public static NewTeamMember of(String email, TeamRole role, String firstName, String lastName) {
        return new NewTeamMember(email, role, firstName, lastName);
    }
}
