package dev.eventsim.simulator.teammembers;

import java.util.List;

/** One page of team-members/list and the number of members before paging. */
public record TeamMemberPage(List<TeamMember> teamMembers, int totalCount) {
}
