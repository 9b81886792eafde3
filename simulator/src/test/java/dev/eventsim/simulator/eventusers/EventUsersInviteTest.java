package dev.eventsim.simulator.eventusers;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import dev.eventsim.simulator.support.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventUsersInviteTest extends ApiTest {
    private long eventId;

    @BeforeEach
    void anEvent() {
        eventId = Given.anEvent(api);
    }

    @Test
    void invite_returns_the_user_with_every_field_and_the_status_invited() {
        simulator.clock().freeze();
        simulator.clock().set(Instant.parse("2030-01-02T03:04:05.678Z"));
        api = api.withKs(simulator.adminKs()); // the KS of the test's start would have expired by 2030

        ApiResponse invited = api.post("event-users/invite", aUser(eventId).named("Grace", "Hopper")
                .withEmail("grace@example.test").body());

        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(invited.status()).isEqualTo("ok");
        JsonNode user = invited.json().path("user");
        assertThat(fieldNames(user)).as("every field of the contract's user, in its order").containsExactly(
                "id", "firstName", "lastName", "email", "title", "company", "bio", "roles", "thumbnailUrl",
                "createdAt", "updatedAt", "status");
        assertThat(user.path("firstName").asText()).isEqualTo("Grace");
        assertThat(user.path("lastName").asText()).isEqualTo("Hopper");
        assertThat(user.path("email").asText()).isEqualTo("grace@example.test");
        assertThat(user.path("title").asText()).isEmpty();
        assertThat(user.path("company").asText()).isEmpty();
        assertThat(user.path("bio").asText()).isEmpty();
        assertThat(user.path("roles").toString()).as("the contract's default role").isEqualTo("[\"Attendees\"]");
        assertThat(user.path("thumbnailUrl").asText()).isEmpty();
        assertThat(user.path("createdAt").asText()).isEqualTo("2030-01-02T03:04:05.678Z");
        assertThat(user.path("updatedAt").asText()).isEqualTo("2030-01-02T03:04:05.678Z");
        assertThat(user.path("status").asText()).isEqualTo("Invited");
    }

    @Test
    void invite_keeps_the_profile_and_roles_sent() {
        JsonNode user = Given.invited(api, aUser(eventId).with("title", "VP Engineering").with("company", "Acme")
                .with("bio", "Builds things").withRoles("Speaker", "Moderator").with("skipEmail", true));

        assertThat(user.path("title").asText()).isEqualTo("VP Engineering");
        assertThat(user.path("company").asText()).isEqualTo("Acme");
        assertThat(user.path("bio").asText()).isEqualTo("Builds things");
        assertThat(user.path("roles").toString()).isEqualTo("[\"Speaker\",\"Moderator\"]");
    }

    @Test
    void the_image_entry_becomes_the_thumbnail_url() {
        JsonNode user = Given.invited(api, aUser(eventId).with("imageUrlEntryId", "1_p9ek1ngh"));

        assertThat(user.path("thumbnailUrl").asText())
                .isEqualTo("https://cdnapisec.kaltura.com/p/1000001/thumbnail/entry_id/1_p9ek1ngh");
    }

    @Test
    void repeated_roles_count_once_and_come_in_a_fixed_order() {
        JsonNode user = Given.invited(api, aUser(eventId).withRoles("Moderator", "Speaker", "Moderator"));

        assertThat(user.path("roles").toString()).isEqualTo("[\"Speaker\",\"Moderator\"]");
    }

    @Test
    void roles_sent_as_null_are_not_sent() {
        JsonNode user = Given.invited(api, aUser(eventId).with("roles", null));

        assertThat(user.path("roles").toString()).isEqualTo("[\"Attendees\"]");
    }

    @Test
    void the_user_id_is_the_sha256_of_the_partner_and_the_lower_cased_email() throws Exception {
        String id = Given.aUser(api, aUser(eventId).withEmail("Jane.Doe@Example.TEST"));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("1000001:jane.doe@example.test".getBytes(StandardCharsets.UTF_8)));
        assertThat(id).isEqualTo(expected).hasSize(64);
    }

    @Test
    void the_same_email_in_two_events_has_the_same_id() {
        long otherEvent = Given.anEvent(api);

        String first = Given.aUser(api, aUser(eventId).withEmail("ada@example.test"));
        String second = Given.aUser(api, aUser(otherEvent).withEmail("ADA@example.test"));

        assertThat(second).as("one person, one id across the partner's events").isEqualTo(first);
    }

    @Test
    void inviting_an_email_twice_to_one_event_is_a_409_and_keeps_the_first_user() {
        JsonNode first = Given.invited(api, aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.test"));

        ApiResponse again = api.post("event-users/invite", aUser(eventId).named("Other", "Name")
                .withEmail("Ada@Example.test").asSpeaker().body());

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.status()).isEqualTo("OperationNotAllowed");
        assertThat(again.message()).contains("Ada@Example.test").contains(first.path("id").asText());
        assertThat(users()).as("still the one user, unchanged").containsExactly(first);
    }

    @Test
    void inviting_to_an_unknown_event_is_a_404() {
        ApiResponse answer = api.post("event-users/invite", aUser(99_999).body());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).contains("99999");
    }

    @Test
    void another_partner_cannot_invite_to_this_partners_event() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("event-users/invite", aUser(eventId).body());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(users()).isEmpty();
    }

    static Stream<Arguments> badInvitations() {
        return Stream.of(
                bad("eventId", u -> u.without("eventId")),
                bad("eventId", u -> u.with("eventId", "10001")),
                bad("firstName", u -> u.without("firstName")),
                bad("firstName", u -> u.with("firstName", "  ")),
                bad("lastName", u -> u.without("lastName")),
                bad("lastName", u -> u.with("lastName", "")),
                bad("email", u -> u.without("email")),
                bad("email", u -> u.withEmail("jane")),
                bad("email", u -> u.withEmail("jane@")),
                bad("email", u -> u.withEmail("@example.test")),
                bad("email", u -> u.withEmail("jane@example")),
                bad("email", u -> u.withEmail("ja ne@example.test")),
                bad("email", u -> u.with("email", 42)),
                bad("roles[1]", u -> u.withRoles("Speaker", "Host")),
                bad("roles[0]", u -> u.withRoles("speaker")),
                bad("roles", u -> u.withRoles()),
                bad("roles", u -> u.with("roles", "Speaker")),
                bad("imageUrlEntryId", u -> u.with("imageUrlEntryId", "not-an-entry")),
                bad("title", u -> u.with("title", 5)),
                bad("skipEmail", u -> u.with("skipEmail", "yes")));
    }

    private static Arguments bad(String field, UnaryOperator<Users> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInvitations")
    void a_bad_invitation_is_a_400_naming_the_field_and_invites_nobody(String field, UnaryOperator<Users> change) {
        ApiResponse answer = api.post("event-users/invite", change.apply(aUser(eventId)).body());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith(field);
        assertThat(users()).isEmpty();
    }

    private List<JsonNode> users() {
        ApiResponse listed = api.post("event-users/list", Map.of("eventId", eventId));
        assertThat(listed.statusCode()).isEqualTo(200);
        List<JsonNode> users = new ArrayList<>();
        listed.json().path("users").forEach(users::add);
        return users;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
