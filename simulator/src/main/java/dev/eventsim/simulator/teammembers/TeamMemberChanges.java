package dev.eventsim.simulator.teammembers;

/** The fields of team-members/update; a null field was not sent and stays as it is. */
public record TeamMemberChanges(String id, String firstName, String lastName, TeamRole role, Boolean disabled) {
}
