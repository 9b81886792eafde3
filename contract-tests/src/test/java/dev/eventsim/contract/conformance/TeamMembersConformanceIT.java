package dev.eventsim.contract.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.teammembers.NewTeamMember;
import dev.eventsim.client.teammembers.TeamMember;
import dev.eventsim.client.teammembers.TeamMemberChanges;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.contract.fixtures.Fixtures;
import dev.eventsim.contract.targets.TargetExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** team-members/create, update, delete, list against the target. */
@ExtendWith(TargetExtension.class)
class TeamMembersConformanceIT {

    @Test
    void a_member_is_created_listed_changed_and_removed(Fixtures fixtures) {
        EventsClient client = fixtures.client();
        String email = fixtures.email("member");

        TeamMember created = client.teamMembers()
                .create(NewTeamMember.of(email, TeamRole.ORGANIZER, "Grace", "Hopper"));
        fixtures.trackTeamMember(created.id());
        TeamMember updated = client.teamMembers().update(TeamMemberChanges.of(created.id())
                .withRole(TeamRole.CONTENT_MANAGER).withDisabled(true));
        boolean listedBefore = client.teamMembers().streamAll().anyMatch(m -> m.id().equals(created.id()));
        client.teamMembers().delete(created.id());
        boolean listedAfter = client.teamMembers().streamAll().anyMatch(m -> m.id().equals(created.id()));

        assertThat(created.id()).isNotBlank();
        assertThat(created.email()).isEqualToIgnoringCase(email);
        assertThat(created.role()).isEqualTo(TeamRole.ORGANIZER);
        assertThat(created.disabled()).as("a new member may sign in").isFalse();
        assertThat(updated.role()).isEqualTo(TeamRole.CONTENT_MANAGER);
        assertThat(updated.disabled()).isTrue();
        assertThat(updated.firstName()).as("not sent, so unchanged").isEqualTo("Grace");
        assertThat(listedBefore).isTrue();
        assertThat(listedAfter).isFalse();
    }

    @Test
    void an_email_already_on_the_team_is_refused(Fixtures fixtures) {
        TeamMember member = fixtures.teamMember(TeamRole.ADMIN);

        assertThatThrownBy(() -> fixtures.client().teamMembers()
                .create(NewTeamMember.of(member.email(), TeamRole.ORGANIZER, "Other", "Person")))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void a_removed_member_cannot_be_changed(Fixtures fixtures) {
        TeamMember member = fixtures.teamMember(TeamRole.ORGANIZER);
        fixtures.client().teamMembers().delete(member.id());

        assertThatThrownBy(() -> fixtures.client().teamMembers().update(TeamMemberChanges.of(member.id())
                .withFirstName("Again"))).isInstanceOf(NotFoundException.class);
    }
}
