package dev.eventsim.client.teammembers;

import dev.eventsim.client.internal.Lists;
import java.util.List;

/** One page of {@code team-members/list}; {@code totalCount} is the size of the whole team. */
public record TeamMemberPage(List<TeamMember> teamMembers, long totalCount) {

    public TeamMemberPage {
        teamMembers = Lists.fromAnswer(teamMembers);
    }
}
