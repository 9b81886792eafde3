package dev.eventsim.simulator.teammembers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.TeamMembers;
import java.time.Duration;
import java.util.Map;

/** What the team member tests share: creating members, reading the whole team, a second partner. */
abstract class TeamMembersApiTest extends ApiTest {
    static final long OTHER_PARTNER_ID = 2_000_002;

    /** Creates a member and returns it as answered, failing the test if the call fails. */
    JsonNode create(TeamMembers member) {
        ApiResponse created = api.post("team-members/create", member.body());
        assertThat(created.statusCode()).as("create %s: %s", member.body(), created.rawBody()).isEqualTo(200);
        return created.json().path("teamMember");
    }

    /** The whole team of the default partner as team-members/list answers it. */
    JsonNode team() {
        return team(api);
    }

    static JsonNode team(Api caller) {
        ApiResponse listed = caller.post("team-members/list", Map.of("pager", Map.of("limit", 500)));
        assertThat(listed.statusCode()).as(listed.rawBody()).isEqualTo(200);
        return listed.json();
    }

    /** The API as an admin of a second partner the simulator knows. */
    Api otherPartner() {
        simulator.partners().register(new Partner(OTHER_PARTNER_ID, "other-partner-secret"));
        return api.withKs(simulator.adminKs(OTHER_PARTNER_ID, "admin", Duration.ofDays(1)));
    }

    static void assertBadRequest(ApiResponse response, String field) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).as("the message names the field").contains(field);
    }

    static void assertNotFound(ApiResponse response, String id) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(response.message()).as("the message names the id").contains(id);
    }
}
