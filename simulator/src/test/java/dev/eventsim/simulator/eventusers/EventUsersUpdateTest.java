package dev.eventsim.simulator.eventusers;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventUsersUpdateTest extends ApiTest {
    private long eventId;
    private JsonNode user;

    @BeforeEach
    void anInvitedUser() {
        simulator.clock().freeze();
        eventId = Given.anEvent(api);
        user = Given.invited(api, aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.test")
                .with("title", "Countess").with("company", "Analytical").with("bio", "First programmer")
                .with("imageUrlEntryId", "1_p9ek1ngh").asSpeaker());
    }

    @Test
    void update_changes_only_the_fields_sent() {
        simulator.clock().advance(Duration.ofMinutes(5));

        ApiResponse updated = update(Map.of("title", "Mathematician"));

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.status()).isEqualTo("ok");
        JsonNode after = updated.json().path("user");
        assertThat(after.path("title").asText()).isEqualTo("Mathematician");
        assertThat(after.path("updatedAt").asText()).as("moved with the clock").isNotEqualTo(user.path("updatedAt").asText());
        assertThat(without(after, "title", "updatedAt")).isEqualTo(without(user, "title", "updatedAt"));
    }

    @Test
    void update_changes_every_profile_field_sent() {
        JsonNode after = update(Map.of("firstName", "Augusta", "lastName", "King", "title", "", "company", "Babbage & Co",
                "bio", "Notes on the engine", "imageUrlEntryId", "0_abcdefgh")).json().path("user");

        assertThat(after.path("firstName").asText()).isEqualTo("Augusta");
        assertThat(after.path("lastName").asText()).isEqualTo("King");
        assertThat(after.path("title").asText()).as("an empty title is a title").isEmpty();
        assertThat(after.path("company").asText()).isEqualTo("Babbage & Co");
        assertThat(after.path("bio").asText()).isEqualTo("Notes on the engine");
        assertThat(after.path("thumbnailUrl").asText()).endsWith("/thumbnail/entry_id/0_abcdefgh");
        assertThat(after.path("email").asText()).isEqualTo("ada@example.test");
        assertThat(after.path("id").asText()).isEqualTo(user.path("id").asText());
    }

    @Test
    void roles_replace_the_whole_role_set() {
        JsonNode after = update(Map.of("roles", List.of("Moderator", "Attendees"))).json().path("user");

        assertThat(after.path("roles").toString()).as("Speaker was not sent, so it is gone")
                .isEqualTo("[\"Attendees\",\"Moderator\"]");
    }

    @Test
    void the_update_is_what_list_shows_afterwards() {
        JsonNode after = update(Map.of("bio", "Poetical science")).json().path("user");

        assertThat(listed()).isEqualTo(after);
    }

    @Test
    void updating_an_unknown_user_is_a_404() {
        ApiResponse answer = update(Map.of("userId", "0".repeat(64), "title", "x"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(answer.message()).contains("0".repeat(64));
    }

    @Test
    void a_user_of_another_event_is_unknown_here() {
        long otherEvent = Given.anEvent(api);

        ApiResponse answer = update(Map.of("eventId", otherEvent, "title", "x"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
    }

    @Test
    void updating_in_an_unknown_event_is_a_404() {
        ApiResponse answer = update(Map.of("eventId", 99_999, "title", "x"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.message()).contains("99999");
    }

    @Test
    void another_partner_cannot_update_this_partners_user() {
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("event-users/update", Map.of("eventId", eventId,
                "userId", user.path("id").asText(), "title", "Hacked"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(listed()).isEqualTo(user);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("eventId", Map.of("eventId", "10001")),
                Arguments.of("userId", Map.of("userId", "")),
                Arguments.of("userId", Map.of("userId", 12)),
                Arguments.of("firstName", Map.of("firstName", "")),
                Arguments.of("lastName", Map.of("lastName", "  ")),
                Arguments.of("roles", Map.of("roles", List.of())),
                Arguments.of("roles[1]", Map.of("roles", List.of("Speaker", "Organizer"))),
                Arguments.of("imageUrlEntryId", Map.of("imageUrlEntryId", "image.png")),
                Arguments.of("bio", Map.of("bio", List.of("x"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUpdates")
    void a_bad_update_is_a_400_naming_the_field_and_changes_nothing(String field, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("title", "Changed", "company", "Changed"));
        body.putAll(fields);

        ApiResponse answer = update(body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith(field);
        assertThat(listed()).isEqualTo(user);
    }

    @Test
    void update_without_a_user_id_is_a_400() {
        ApiResponse answer = api.post("event-users/update", Map.of("eventId", eventId, "title", "x"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("userId is required");
    }

    /** event-users/update of the test's user with these fields (a field of the same name wins). */
    private ApiResponse update(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("userId", user.path("id").asText());
        body.putAll(fields);
        return api.post("event-users/update", body);
    }

    private JsonNode listed() {
        ApiResponse listed = api.post("event-users/list", Map.of("eventId", eventId));
        assertThat(listed.json().path("users").size()).isEqualTo(1);
        return listed.json().path("users").get(0);
    }

    private static JsonNode without(JsonNode node, String... fields) {
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }
}
