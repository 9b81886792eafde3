package dev.eventsim.simulator.teammembers;

/** The fields of team-members/create, read and typed. */
public record NewTeamMember(String email, TeamRole role, String firstName, String lastName) {
}
