package dev.eventsim.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import dev.eventsim.client.teammembers.TeamMember;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.contract.ProviderStates;
import dev.eventsim.contract.fixtures.Fixtures;
import java.util.Map;

/** Team members, made and removed through the public API. */
final class TeamStates {
    private final Fixtures fixtures;
    private final StateSetUp states;

    TeamStates(Fixtures fixtures, StateSetUp states) {
        this.fixtures = fixtures;
        this.states = states;
    }

    /** Parameter {@code role}: Admin, Organizer or ContentManager (default Organizer). */
    @State(ProviderStates.A_TEAM_MEMBER_EXISTS)
    Map<String, Object> aTeamMemberExists(Map<String, Object> params) {
        return states.run(ProviderStates.A_TEAM_MEMBER_EXISTS, () -> {
            TeamMember member = fixtures.teamMember(role((String) params.getOrDefault("role", "Organizer")));
            return Map.of("teamMemberId", member.id());
        });
    }

    @State(ProviderStates.A_TEAM_MEMBER_WAS_DELETED)
    Map<String, Object> aTeamMemberWasDeleted() {
        return states.run(ProviderStates.A_TEAM_MEMBER_WAS_DELETED, () -> {
            TeamMember member = fixtures.teamMember(TeamRole.ORGANIZER);
            fixtures.client().teamMembers().delete(member.id());
            return Map.of("teamMemberId", member.id());
        });
    }

    /** Parameter {@code email}: the address the interaction adds; a member who holds it leaves first. */
    @State(ProviderStates.NO_TEAM_MEMBER_HAS_THE_EMAIL)
    void noTeamMemberHasTheEmail(Map<String, Object> params) {
        states.run(ProviderStates.NO_TEAM_MEMBER_HAS_THE_EMAIL, () -> {
            fixtures.noTeamMemberWithEmail((String) params.get("email"));
        });
    }

    private static TeamRole role(String wire) {
        return switch (wire) {
            case "Admin" -> TeamRole.ADMIN;
            case "Organizer" -> TeamRole.ORGANIZER;
            case "ContentManager" -> TeamRole.CONTENT_MANAGER;
            default -> throw new IllegalArgumentException("not a team role: " + wire);
        };
    }
}
