package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.eventsim.contract.consumer.Pacts.CONSUMER;
import static dev.eventsim.contract.consumer.Pacts.PROVIDER;
import static dev.eventsim.contract.consumer.Pacts.client;
import static dev.eventsim.contract.consumer.Pacts.ok;
import static dev.eventsim.contract.consumer.Pacts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.eventsim.client.Pager;
import dev.eventsim.client.teammembers.NewTeamMember;
import dev.eventsim.client.teammembers.TeamMember;
import dev.eventsim.client.teammembers.TeamMemberChanges;
import dev.eventsim.client.teammembers.TeamMemberPage;
import dev.eventsim.client.teammembers.TeamRole;
import dev.eventsim.contract.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** team-members/create, update, delete, list. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER)
class TeamMembersPactTest {
    static final String EMAIL = "pact.member@contract-tests.example";
    static final String EXAMPLE_ID = "e3b0c44298fc1c149";

    @Pact(consumer = CONSUMER)
    V4Pact createMember(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.NO_TEAM_MEMBER_HAS_THE_EMAIL, Map.of("email", EMAIL))
                                .uponReceiving("a request to add a team member"), "team-members/create",
                        newJsonBody(o -> {
                            o.stringValue("email", EMAIL);
                            o.stringValue("role", "Organizer");
                            o.stringValue("firstName", "Grace");
                            o.stringValue("lastName", "Hopper");
                        }).build()),
                newJsonBody(o -> {
                    o.stringValue("status", "ok");
                    o.object("teamMember", m -> Shapes.teamMember(m, EMAIL, "Organizer", false));
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "createMember")
    void create_answers_the_new_member_enabled(MockServer mockServer) {
        TeamMember member = client(mockServer).teamMembers()
                .create(NewTeamMember.of(EMAIL, TeamRole.ORGANIZER, "Grace", "Hopper"));

        assertThat(member.id()).isNotBlank();
        assertThat(member.role()).isEqualTo(TeamRole.ORGANIZER);
        assertThat(member.disabled()).isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact updateMember(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_TEAM_MEMBER_EXISTS, Map.of("role", "Organizer"))
                                .uponReceiving("a request to change a team member's role and disable them"),
                        "team-members/update",
                        newJsonBody(o -> {
                            o.valueFromProviderState("id", "${teamMemberId}", EXAMPLE_ID);
                            o.stringValue("role", "ContentManager");
                            o.booleanValue("disabled", true);
                        }).build()),
                newJsonBody(o -> {
                    o.stringValue("status", "ok");
                    o.object("teamMember", m -> Shapes.teamMember(m, null, "ContentManager", true));
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "updateMember")
    void update_answers_the_member_as_changed(MockServer mockServer) {
        TeamMember member = client(mockServer).teamMembers()
                .update(TeamMemberChanges.of(EXAMPLE_ID).withRole(TeamRole.CONTENT_MANAGER).withDisabled(true));

        assertThat(member.role()).isEqualTo(TeamRole.CONTENT_MANAGER);
        assertThat(member.disabled()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteMember(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_TEAM_MEMBER_EXISTS, Map.of("role", "Organizer"))
                                .uponReceiving("a request to remove a team member"), "team-members/delete",
                        newJsonBody(o -> o.valueFromProviderState("id", "${teamMemberId}", EXAMPLE_ID)).build()),
                Shapes.ok());
    }

    @Test
    @PactTestFor(pactMethod = "deleteMember")
    void delete_is_acknowledged(MockServer mockServer) {
        assertThatCode(() -> client(mockServer).teamMembers().delete(EXAMPLE_ID)).doesNotThrowAnyException();
    }

    @Pact(consumer = CONSUMER)
    V4Pact listMembers(PactDslWithProvider builder) {
        return ok(post(builder.given(ProviderStates.A_TEAM_MEMBER_EXISTS, Map.of("role", "Admin"))
                                .uponReceiving("a request for a page of the team"), "team-members/list",
                        newJsonBody(o -> o.object("pager", p -> {
                            p.numberValue("offset", 0);
                            p.numberValue("limit", 30);
                        })).build()),
                newJsonBody(o -> {
                    o.integerType("totalCount", 1);
                    o.stringValue("status", "ok");
                    o.minArrayLike("teamMembers", 1, 1, m -> Shapes.teamMember(m, null, null, null));
                }).build());
    }

    @Test
    @PactTestFor(pactMethod = "listMembers")
    void list_reads_a_page_of_the_team(MockServer mockServer) {
        TeamMemberPage page = client(mockServer).teamMembers().list(Pager.first(30));

        assertThat(page.teamMembers()).isNotEmpty();
        assertThat(page.totalCount()).isGreaterThanOrEqualTo(page.teamMembers().size());
    }
}
