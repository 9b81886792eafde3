package dev.eventsim.simulator.teammembers;

import static dev.eventsim.simulator.support.TeamMembers.aTeamMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamMembersUpdateDeleteTest extends TeamMembersApiTest {

    private JsonNode grace() {
        return create(aTeamMember().withEmail("grace@example.test").withRole("Organizer")
                .with("firstName", "Grace").with("lastName", "Hopper"));
    }

    // update

    @Test
    void update_changes_only_the_fields_sent() {
        JsonNode before = grace();

        ApiResponse updated = api.post("team-members/update", Map.of("id", before.path("id").asText(), "firstName", "Amazing"));

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.status()).isEqualTo("ok");
        JsonNode after = updated.json().path("teamMember");
        assertThat(after.path("firstName").asText()).isEqualTo("Amazing");
        assertThat(after.path("id").asText()).isEqualTo(before.path("id").asText());
        assertThat(after.path("lastName").asText()).isEqualTo("Hopper");
        assertThat(after.path("email").asText()).isEqualTo("grace@example.test");
        assertThat(after.path("role").asText()).isEqualTo("Organizer");
        assertThat(after.path("disabled").booleanValue()).isFalse();
    }

    @Test
    void update_changes_last_name_role_and_disabled_and_can_enable_again() {
        String id = grace().path("id").asText();

        JsonNode changed = api.post("team-members/update",
                Map.of("id", id, "lastName", "Murray Hopper", "role", "Admin", "disabled", true)).json().path("teamMember");
        assertThat(changed.path("lastName").asText()).isEqualTo("Murray Hopper");
        assertThat(changed.path("role").asText()).isEqualTo("Admin");
        assertThat(changed.path("disabled").booleanValue()).isTrue();
        assertThat(changed.path("firstName").asText()).isEqualTo("Grace");

        JsonNode enabled = api.post("team-members/update", Map.of("id", id, "disabled", false)).json().path("teamMember");
        assertThat(enabled.path("disabled").booleanValue()).isFalse();
        assertThat(enabled.path("role").asText()).as("a later update keeps the earlier change").isEqualTo("Admin");
    }

    @Test
    void the_list_shows_the_updated_member() {
        String id = grace().path("id").asText();

        api.post("team-members/update", Map.of("id", id, "role", "ContentManager", "disabled", true));

        JsonNode listed = team().path("teamMembers").get(0);
        assertThat(listed.path("role").asText()).isEqualTo("ContentManager");
        assertThat(listed.path("disabled").booleanValue()).isTrue();
    }

    @Test
    void update_moves_updatedAt_with_the_clock_and_keeps_createdAt() {
        simulator.clock().freeze();
        JsonNode before = grace();
        simulator.clock().advance(Duration.ofMinutes(5));

        JsonNode after = api.post("team-members/update", Map.of("id", before.path("id").asText(), "firstName", "G."))
                .json().path("teamMember");

        assertThat(after.path("createdAt").asText()).isEqualTo(before.path("createdAt").asText());
        assertThat(Instant.parse(after.path("updatedAt").asText()))
                .isEqualTo(Instant.parse(before.path("updatedAt").asText()).plus(Duration.ofMinutes(5)));
    }

    @Test
    void explicit_nulls_in_an_update_change_nothing() {
        JsonNode before = grace();
        Map<String, Object> body = new HashMap<>();
        body.put("id", before.path("id").asText());
        body.put("firstName", null);
        body.put("lastName", null);
        body.put("role", null);
        body.put("disabled", null);

        JsonNode after = api.post("team-members/update", body).json().path("teamMember");

        for (String field : List.of("firstName", "lastName", "email", "role", "disabled", "createdAt")) {
            assertThat(after.path(field)).as(field).isEqualTo(before.path(field));
        }
    }

    @Test
    void update_requires_an_id() {
        grace();
        JsonNode before = team();

        ApiResponse missing = api.post("team-members/update", Map.of("firstName", "Nobody"));

        assertBadRequest(missing, "id is required");
        assertThat(team()).isEqualTo(before);
    }

    @Test
    void update_refuses_a_numeric_id_as_the_wrong_type() {
        grace();
        JsonNode before = team();

        assertBadRequest(api.post("team-members/update", Map.of("id", 12345, "firstName", "Nobody")),
                "id must be a string");
        assertThat(team()).isEqualTo(before);
    }

    @Test
    void update_of_an_unknown_id_is_a_404_naming_it() {
        grace();
        JsonNode before = team();

        assertNotFound(api.post("team-members/update", Map.of("id", "0123456789abcdef0", "firstName", "Nobody")),
                "0123456789abcdef0");
        assertThat(team()).isEqualTo(before);
    }

    @Test
    void update_refuses_bad_values_and_changes_nothing() {
        String id = grace().path("id").asText();
        JsonNode before = team();
        record Bad(String field, Object value, String message) {
        }

        for (Bad bad : List.of(
                new Bad("role", "Owner", "role 'Owner' is not one of Admin, Organizer, ContentManager"),
                new Bad("role", 2, "role must be a string"),
                new Bad("disabled", "yes", "disabled must be a boolean"),
                new Bad("disabled", 1, "disabled must be a boolean"),
                new Bad("firstName", "", "firstName must not be empty"),
                new Bad("lastName", "  ", "lastName must not be empty"),
                new Bad("firstName", 7, "firstName must be a string"))) {
            // Good changes ride along (one of them overwritten by the bad value): the call is refused as a whole.
            Map<String, Object> body = new HashMap<>(Map.of("id", id, "firstName", "Changed", "disabled", true));
            body.put(bad.field(), bad.value());
            ApiResponse refused = api.post("team-members/update", body);

            assertBadRequest(refused, bad.field());
            assertThat(refused.message()).as("%s = %s", bad.field(), bad.value()).isEqualTo(bad.message());
        }
        assertThat(team()).isEqualTo(before);
    }

    // delete

    @Test
    void delete_answers_only_the_status_and_the_member_is_no_longer_listed() {
        String id = grace().path("id").asText();
        create(aTeamMember().withEmail("ada@example.test"));

        ApiResponse deleted = api.post("team-members/delete", Map.of("id", id));

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.json().size()).as(deleted.rawBody()).isEqualTo(1);
        assertThat(deleted.status()).isEqualTo("ok");
        JsonNode listed = team();
        assertThat(listed.path("totalCount").asInt()).isEqualTo(1);
        assertThat(listed.path("teamMembers").get(0).path("email").asText()).isEqualTo("ada@example.test");
    }

    @Test
    void a_deleted_members_email_can_be_used_again_and_gets_the_same_id() {
        JsonNode first = grace();
        api.post("team-members/delete", Map.of("id", first.path("id").asText()));

        JsonNode again = create(aTeamMember().withEmail("Grace@Example.test").withRole("Admin"));

        assertThat(again.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(again.path("role").asText()).as("a new member, not the old one restored").isEqualTo("Admin");
    }

    @Test
    void delete_of_an_unknown_id_is_a_404_and_so_is_deleting_twice() {
        String id = grace().path("id").asText();

        assertNotFound(api.post("team-members/delete", Map.of("id", "fffffffffffffffff")), "fffffffffffffffff");
        assertThat(team().path("totalCount").asInt()).isEqualTo(1);

        assertThat(api.post("team-members/delete", Map.of("id", id)).statusCode()).isEqualTo(200);
        assertNotFound(api.post("team-members/delete", Map.of("id", id)), id);
    }

    @Test
    void update_of_a_deleted_member_is_a_404() {
        String id = grace().path("id").asText();
        api.post("team-members/delete", Map.of("id", id));

        assertNotFound(api.post("team-members/update", Map.of("id", id, "firstName", "Back")), id);
    }

    @Test
    void delete_requires_a_string_id() {
        grace();
        JsonNode before = team();

        assertBadRequest(api.post("team-members/delete", Map.of()), "id is required");
        assertBadRequest(api.post("team-members/delete", Map.of("id", 12345)), "id must be a string");
        assertBadRequest(api.post("team-members/delete", Map.of("id", "")), "id must not be empty");
        assertThat(team()).isEqualTo(before);
    }

    // partners and events

    @Test
    void another_partner_can_neither_update_nor_delete_our_members() {
        String id = grace().path("id").asText();
        JsonNode before = team();
        Api other = otherPartner();

        assertNotFound(other.post("team-members/update", Map.of("id", id, "role", "Admin")), id);
        assertNotFound(other.post("team-members/delete", Map.of("id", id)), id);

        assertThat(team()).as("our member is untouched").isEqualTo(before);
    }

    @Test
    void deleting_an_event_leaves_the_account_level_team_alone() {
        grace();
        JsonNode before = team();
        long eventId = api.post("events/create", Events.anEvent().body()).json().path("event").path("id").asLong();

        api.post("events/delete", Map.of("id", eventId));

        assertThat(team()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"team-members/update", "team-members/delete"})
    void a_user_ks_is_forbidden_and_changes_nothing(String operation) {
        String id = grace().path("id").asText();
        JsonNode before = team();
        String userKs = KsCodec.encodeV2(1_000_001, "local-admin-secret", 0, "someone",
                simulator.clock().instant().plus(Duration.ofHours(1)), "");

        ApiResponse refused = api.withKs(userKs).post(operation, Map.of("id", id, "disabled", true));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(team()).isEqualTo(before);
    }
}
