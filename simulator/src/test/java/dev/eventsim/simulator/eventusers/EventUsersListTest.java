package dev.eventsim.simulator.eventusers;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventUsersListTest extends ApiTest {
    private long eventId;

    @BeforeEach
    void anEvent() {
        eventId = Given.anEvent(api);
        simulator.clock().freeze();
    }

    @Test
    void list_answers_the_users_oldest_first_with_their_count() {
        String first = invite("Ada", "Lovelace", "ada@example.test");
        simulator.clock().advance(Duration.ofMinutes(1));
        String second = invite("Grace", "Hopper", "grace@example.test");

        ApiResponse listed = list(Map.of());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.status()).isEqualTo("ok");
        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(2);
        assertThat(ids(listed)).containsExactly(first, second);
        assertThat(listed.json().path("users").get(0).path("email").asText()).isEqualTo("ada@example.test");
    }

    @Test
    void minus_created_at_lists_the_newest_first() {
        String first = invite("Ada", "Lovelace", "ada@example.test");
        simulator.clock().advance(Duration.ofMinutes(1));
        String second = invite("Grace", "Hopper", "grace@example.test");

        assertThat(ids(list(Map.of("orderBy", "-createdAt")))).containsExactly(second, first);
    }

    @Test
    void users_invited_in_the_same_millisecond_keep_their_invitation_order() {
        String a = invite("Zed", "Zulu", "z@example.test");
        String b = invite("Amy", "Alpha", "a@example.test");
        String c = invite("Max", "Mike", "m@example.test");

        assertThat(ids(list(Map.of("orderBy", "+createdAt")))).containsExactly(a, b, c);
        assertThat(ids(list(Map.of("orderBy", "-createdAt")))).containsExactly(c, b, a);
    }

    @Test
    void full_name_order_compares_first_then_last_name_ignoring_case() {
        String bob = invite("bob", "Zimmer", "bob@example.test");
        String annaZ = invite("Anna", "zeta", "anna.z@example.test");
        String annaB = invite("anna", "Beta", "anna.b@example.test");

        assertThat(ids(list(Map.of("orderBy", "+fullName")))).containsExactly(annaB, annaZ, bob);
        assertThat(ids(list(Map.of("orderBy", "-fullName")))).containsExactly(bob, annaZ, annaB);
    }

    @Test
    void equal_full_names_are_ordered_by_id() {
        List<String> sameName = Stream.of("lee1@example.test", "lee2@example.test", "lee3@example.test")
                .map(email -> invite("Ann", "Lee", email))
                .sorted()
                .toList();

        assertThat(ids(list(Map.of("orderBy", "+fullName")))).containsExactlyElementsOf(sameName);
        assertThat(ids(list(Map.of("orderBy", "-fullName"))))
                .containsExactlyElementsOf(sameName.stream().sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void search_term_matches_first_name_last_name_or_email_ignoring_case() {
        String ada = invite("Ada", "Lovelace", "countess@example.test");
        String grace = invite("Grace", "Hopper", "grace@navy.example");
        String alan = invite("Alan", "Turing", "alan@example.test");

        assertThat(ids(list(Map.of("filter", Map.of("searchTerm", "aDa"))))).containsExactly(ada);
        assertThat(ids(list(Map.of("filter", Map.of("searchTerm", "TURING"))))).containsExactly(alan);
        assertThat(ids(list(Map.of("filter", Map.of("searchTerm", "NAVY"))))).containsExactly(grace);
        assertThat(ids(list(Map.of("filter", Map.of("searchTerm", "example.test"))))).containsExactly(ada, alan);
        assertThat(ids(list(Map.of("filter", Map.of("searchTerm", "nobody"))))).isEmpty();
    }

    @Test
    void the_roles_filter_keeps_users_holding_any_of_the_roles() {
        String attendee = Given.aUser(api, aUser(eventId).withEmail("att@example.test"));
        String speaker = Given.aUser(api, aUser(eventId).withEmail("spk@example.test").asSpeaker());
        String both = Given.aUser(api, aUser(eventId).withEmail("both@example.test").withRoles("Speaker", "Moderator"));

        assertThat(ids(list(Map.of("filter", Map.of("roles", List.of("Speaker")))))).containsExactly(speaker, both);
        assertThat(ids(list(Map.of("filter", Map.of("roles", List.of("Attendees", "Moderator"))))))
                .containsExactly(attendee, both);
    }

    @Test
    void the_id_filter_keeps_the_listed_users() {
        String a = invite("A", "A", "a@example.test");
        invite("B", "B", "b@example.test");
        String c = invite("C", "C", "c@example.test");

        assertThat(ids(list(Map.of("filter", Map.of("idIn", List.of(c, a, "unknown")))))).containsExactly(a, c);
    }

    @Test
    void filters_combine_with_and_and_the_count_is_of_all_matches() {
        Given.aUser(api, aUser(eventId).named("Ann", "Speaker").withEmail("s1@example.test").asSpeaker());
        String second = Given.aUser(api, aUser(eventId).named("Ann", "Speaker").withEmail("s2@example.test").asSpeaker());
        Given.aUser(api, aUser(eventId).named("Ann", "Attendee").withEmail("a1@example.test"));

        ApiResponse listed = list(Map.of("filter", Map.of("searchTerm", "ann", "roles", List.of("Speaker")),
                "pager", Map.of("offset", 1, "limit", 1)));

        assertThat(listed.json().path("totalCount").asInt()).as("counted before paging").isEqualTo(2);
        assertThat(ids(listed)).containsExactly(second);
    }

    @Test
    void only_the_events_own_users_are_listed() {
        long otherEvent = Given.anEvent(api);
        Given.aUser(api, aUser(otherEvent).withEmail("elsewhere@example.test"));
        String here = invite("Here", "Now", "here@example.test");

        assertThat(ids(list(Map.of()))).containsExactly(here);
    }

    @Test
    void the_pager_defaults_to_30_users_and_counts_offset_in_users() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            all.add(invite("User", "N" + i, "user" + i + "@example.test"));
        }

        ApiResponse firstPage = list(Map.of());
        assertThat(ids(firstPage)).containsExactlyElementsOf(all.subList(0, 30));
        assertThat(firstPage.json().path("totalCount").asInt()).isEqualTo(32);
        assertThat(ids(list(Map.of("pager", Map.of("offset", 30))))).containsExactlyElementsOf(all.subList(30, 32));
        assertThat(ids(list(Map.of("pager", Map.of("offset", 5, "limit", 3))))).containsExactlyElementsOf(all.subList(5, 8));
        assertThat(ids(list(Map.of("pager", Map.of("offset", 40))))).isEmpty();
        assertThat(ids(list(Map.of("pager", Map.of("limit", 500))))).hasSize(32);
    }

    @Test
    void listing_an_unknown_event_is_a_404() {
        ApiResponse answer = api.post("event-users/list", Map.of("eventId", 99_999));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
    }

    @Test
    void another_partner_cannot_list_this_partners_event() {
        invite("Ada", "Lovelace", "ada@example.test");
        simulator.partners().register(new Partner(2002, "s2"));
        Api other = api.withKs(simulator.adminKs(2002, "u", Duration.ofHours(1)));

        ApiResponse answer = other.post("event-users/list", Map.of("eventId", eventId));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.status()).isEqualTo("ResourceDoesNotExist");
    }

    static Stream<Arguments> badLists() {
        return Stream.of(
                Arguments.of("eventId", Map.of("eventId", "x")),
                Arguments.of("orderBy", Map.of("orderBy", "+name")),
                Arguments.of("orderBy", Map.of("orderBy", "createdAt")),
                Arguments.of("filter", Map.of("filter", "Ada")),
                Arguments.of("filter.searchTerm", Map.of("filter", Map.of("searchTerm", 1))),
                Arguments.of("filter.roles[0]", Map.of("filter", Map.of("roles", List.of("Host")))),
                Arguments.of("filter.idIn[0]", Map.of("filter", Map.of("idIn", List.of(7)))),
                Arguments.of("pager.limit", Map.of("pager", Map.of("limit", 501))),
                Arguments.of("pager.limit", Map.of("pager", Map.of("limit", 0))),
                Arguments.of("pager.offset", Map.of("pager", Map.of("offset", -1))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badLists")
    void a_bad_list_request_is_a_400_naming_the_field(String field, Map<String, Object> fields) {
        ApiResponse answer = list(fields);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).startsWith(field);
    }

    @Test
    void list_without_an_event_id_is_a_400() {
        ApiResponse answer = api.post("event-users/list", Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("eventId is required");
    }

    private String invite(String firstName, String lastName, String email) {
        return Given.aUser(api, aUser(eventId).named(firstName, lastName).withEmail(email));
    }

    /** event-users/list of this test's event with the given fields added (a field of the same name wins). */
    private ApiResponse list(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.putAll(fields);
        return api.post("event-users/list", body);
    }

    private static List<String> ids(ApiResponse listed) {
        assertThat(listed.statusCode()).as("list: %s", listed.rawBody()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        listed.json().path("users").forEach(u -> ids.add(u.path("id").asText()));
        return ids;
    }
}
