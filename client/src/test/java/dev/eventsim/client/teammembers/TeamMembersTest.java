package dev.eventsim.client.teammembers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.Pager;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.support.ClientTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamMembersTest extends ClientTest {

    private TeamMember add(String email, TeamRole role) {
        return client.teamMembers().create(NewTeamMember.of(email, role, "Team", "Member"));
    }

    @Test
    void create_answers_an_enabled_member_with_a_string_id() {
        TeamMember member = client.teamMembers().create(NewTeamMember.of("grace@example.test", TeamRole.ORGANIZER,
                "Grace", "Hopper"));

        assertThat(member.id()).matches("[0-9a-f]{17}");
        assertThat(member.email()).isEqualTo("grace@example.test");
        assertThat(member.firstName()).isEqualTo("Grace");
        assertThat(member.lastName()).isEqualTo("Hopper");
        assertThat(member.role()).isEqualTo(TeamRole.ORGANIZER);
        assertThat(member.disabled()).isFalse();
        assertThat(member.createdAt()).isEqualTo(NOW);
        assertThat(member.lastLoginAt()).isNull();
    }

    @Test
    void an_email_already_on_the_team_is_an_invalid_argument_and_not_retried() {
        add("grace@example.test", TeamRole.ADMIN);

        assertThatThrownBy(() -> add("GRACE@example.test", TeamRole.ADMIN))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.status()).isEqualTo("InvalidArgument");
                    assertThat(e.serverMessage()).containsIgnoringCase("grace@example.test");
                });
        assertThat(calls.count("team-members/create")).isEqualTo(2);
    }

    @Test
    void update_changes_role_and_access_and_keeps_the_rest() {
        TeamMember member = add("grace@example.test", TeamRole.ORGANIZER);
        simulator.clock().advance(Duration.ofMinutes(1));

        TeamMember updated = client.teamMembers().update(TeamMemberChanges.of(member.id())
                .withRole(TeamRole.CONTENT_MANAGER).withDisabled(true));

        assertThat(updated.role()).isEqualTo(TeamRole.CONTENT_MANAGER);
        assertThat(updated.disabled()).isTrue();
        assertThat(updated.firstName()).isEqualTo("Team");
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(updated.createdAt()).isEqualTo(NOW);
    }

    @Test
    void delete_removes_the_member_and_a_second_delete_is_not_found() {
        TeamMember member = add("grace@example.test", TeamRole.ADMIN);

        client.teamMembers().delete(member.id());

        assertThat(client.teamMembers().list().teamMembers()).isEmpty();
        assertThatThrownBy(() -> client.teamMembers().delete(member.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_pages_in_the_order_members_were_added() {
        List.of("a", "b", "c", "d").forEach(name -> add(name + "@example.test", TeamRole.ADMIN));

        TeamMemberPage page = client.teamMembers().list(Pager.of(1, 2));

        assertThat(page.totalCount()).isEqualTo(4);
        assertThat(page.teamMembers()).extracting(TeamMember::email)
                .containsExactly("b@example.test", "c@example.test");
    }

    @Test
    void streamAll_reads_the_whole_team_page_by_page() {
        for (int i = 0; i < 61; i++) {
            add("member" + i + "@example.test", TeamRole.values()[i % 3]);
        }
        calls.clear();

        List<TeamMember> team = client.teamMembers().streamAll().toList();

        assertThat(team).hasSize(61).extracting(TeamMember::email).startsWith("member0@example.test")
                .endsWith("member60@example.test");
        assertThat(calls.count("team-members/list")).as("pages of 30: 30, 30, 1").isEqualTo(3);
    }
}
