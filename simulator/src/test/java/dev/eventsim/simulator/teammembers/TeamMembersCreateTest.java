package dev.eventsim.simulator.teammembers;

import static dev.eventsim.simulator.support.TeamMembers.aTeamMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeamMembersCreateTest extends TeamMembersApiTest {

    @Test
    void create_answers_the_member_enabled_with_every_field_in_the_contracts_order() {
        simulator.clock().freeze();
        Instant now = simulator.clock().instant().truncatedTo(ChronoUnit.MILLIS);

        ApiResponse created = api.post("team-members/create", aTeamMember().withEmail("grace@example.test")
                .withRole("ContentManager").with("firstName", "Grace").with("lastName", "Hopper").body());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(fieldNames(created.json())).containsExactly("status", "teamMember");
        assertThat(created.status()).isEqualTo("ok");
        JsonNode member = created.json().path("teamMember");
        assertThat(fieldNames(member))
                .as("every field of the contract's team member but lastLoginAt, in its order")
                .containsExactly("id", "firstName", "lastName", "email", "updatedAt", "createdAt", "role", "disabled");
        assertThat(member.path("firstName").asText()).isEqualTo("Grace");
        assertThat(member.path("lastName").asText()).isEqualTo("Hopper");
        assertThat(member.path("email").asText()).isEqualTo("grace@example.test");
        assertThat(member.path("role").asText()).isEqualTo("ContentManager");
        assertThat(member.path("disabled").isBoolean()).isTrue();
        assertThat(member.path("disabled").booleanValue()).isFalse();
        assertThat(member.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(member.path("createdAt").asText())).isEqualTo(now);
        assertThat(member.path("updatedAt").asText()).isEqualTo(member.path("createdAt").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "Organizer", "ContentManager"})
    void create_accepts_each_role_of_the_contract(String role) {
        assertThat(create(aTeamMember().withRole(role)).path("role").asText()).isEqualTo(role);
    }

    @Test
    void the_id_is_the_first_17_hex_digits_of_sha256_of_partner_and_lower_cased_email() throws Exception {
        JsonNode member = create(aTeamMember().withEmail("Grace.Hopper@Example.TEST"));

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("1000001:grace.hopper@example.test".getBytes(StandardCharsets.UTF_8));
        assertThat(member.path("id").asText()).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 17));
        assertThat(member.path("email").asText()).as("the email is kept as given").isEqualTo("Grace.Hopper@Example.TEST");
    }

    @Test
    void members_with_different_emails_get_different_ids() {
        String first = create(aTeamMember().withEmail("ada@example.test")).path("id").asText();
        String second = create(aTeamMember().withEmail("alan@example.test")).path("id").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void create_refuses_an_email_already_on_the_team_whatever_its_case() {
        create(aTeamMember().withEmail("grace@example.test").with("firstName", "Grace"));
        JsonNode before = team();
        simulator.clock().advance(Duration.ofMinutes(1));

        ApiResponse again = api.post("team-members/create",
                aTeamMember().withEmail("GRACE@Example.test").with("firstName", "Other").withRole("Admin").body());

        assertBadRequest(again, "GRACE@Example.test");
        assertThat(again.message()).contains("email");
        assertThat(team()).as("the first member is left as it was").isEqualTo(before);
    }

    @Test
    void the_same_email_may_be_on_the_team_of_another_partner_with_another_id() {
        String ours = create(aTeamMember().withEmail("grace@example.test")).path("id").asText();

        ApiResponse theirs = otherPartner().post("team-members/create", aTeamMember().withEmail("grace@example.test").body());

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.json().path("teamMember").path("id").asText()).isNotEqualTo(ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "role", "firstName", "lastName"})
    void create_requires_each_of_its_four_fields(String field) {
        ApiResponse missing = api.post("team-members/create", aTeamMember().without(field).body());

        assertBadRequest(missing, field);
        assertThat(missing.message()).isEqualTo(field + " is required");
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "role", "firstName", "lastName"})
    void an_explicit_null_counts_as_not_sent(String field) {
        Map<String, Object> body = new LinkedHashMap<>(aTeamMember().body());
        body.put(field, null);

        assertBadRequest(api.post("team-members/create", body), field + " is required");
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Viewer", "admin", "ORGANIZER", "Content Manager", ""})
    void create_refuses_a_role_outside_the_contracts_three(String role) {
        ApiResponse refused = api.post("team-members/create", aTeamMember().withRole(role).body());

        assertBadRequest(refused, "role");
        assertThat(refused.message()).contains("Admin, Organizer, ContentManager");
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"grace", "grace@", "@example.test", "grace@example", "grace hopper@example.test",
            "grace@@example.test", "grace@example..test", "grace@.test", " grace@example.test"})
    void create_refuses_an_email_that_is_not_an_address(String email) {
        ApiResponse refused = api.post("team-members/create", aTeamMember().withEmail(email).body());

        assertBadRequest(refused, "email");
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "email"})
    void create_refuses_empty_and_blank_text(String field) {
        for (String empty : List.of("", "   ")) {
            ApiResponse refused = api.post("team-members/create", aTeamMember().with(field, empty).body());

            assertBadRequest(refused, field);
            assertThat(refused.message()).isEqualTo(field + " must not be empty");
        }
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "role", "firstName", "lastName"})
    void create_refuses_a_field_that_is_not_a_string(String field) {
        for (Object wrong : List.of(42, true, List.of("x"), Map.of("x", 1))) {
            ApiResponse refused = api.post("team-members/create", aTeamMember().with(field, wrong).body());

            assertBadRequest(refused, field + " must be a string");
        }
        assertThat(team().path("totalCount").asInt()).isZero();
    }

    @Test
    void a_failed_create_among_good_ones_changes_nothing() {
        create(aTeamMember().withEmail("ada@example.test"));
        JsonNode before = team();

        assertBadRequest(api.post("team-members/create",
                aTeamMember().withEmail("alan@example.test").withRole("Owner").body()), "role");

        assertThat(team()).isEqualTo(before);
        assertThat(api.post("team-members/create", aTeamMember().withEmail("alan@example.test").body()).statusCode())
                .as("the refused email was not reserved").isEqualTo(200);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
