package dev.eventsim.simulator.teammembers;

import static dev.eventsim.simulator.support.TeamMembers.aTeamMember;
import static dev.eventsim.simulator.support.TeamMembers.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamMembersListTest extends TeamMembersApiTest {

    private static List<String> firstNames(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("teamMembers").forEach(m -> names.add(m.path("firstName").asText()));
        return names;
    }

    private static void createNumbered(Api caller, int count) {
        for (int n = 1; n <= count; n++) {
            assertThat(caller.post("team-members/create", number(n).body()).statusCode()).isEqualTo(200);
        }
    }

    private ApiResponse list(Object pager) {
        return api.post("team-members/list", Map.of("pager", pager));
    }

    @Test
    void an_empty_team_lists_nothing() {
        ApiResponse listed = api.post("team-members/list", Map.of());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("totalCount").asInt()).isZero();
        assertThat(listed.status()).isEqualTo("ok");
        assertThat(listed.json().path("teamMembers").isArray()).isTrue();
        assertThat(listed.json().path("teamMembers").size()).isZero();
    }

    @Test
    void the_answer_has_totalCount_status_and_teamMembers_in_the_contracts_order() {
        create(aTeamMember());

        JsonNode listed = api.post("team-members/list", Map.of()).json();

        List<String> fields = new ArrayList<>();
        listed.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("totalCount", "status", "teamMembers");
    }

    @Test
    void members_are_listed_in_creation_order_not_by_name() {
        for (String name : List.of("Zoe", "Adam", "Mia")) {
            create(aTeamMember().withEmail(name.toLowerCase() + "@example.test").with("firstName", name));
        }

        JsonNode listed = api.post("team-members/list", Map.of()).json();

        assertThat(firstNames(listed)).containsExactly("Zoe", "Adam", "Mia");
        assertThat(listed.path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_listed_member_is_the_member_create_answered() {
        JsonNode created = create(aTeamMember());

        assertThat(team().path("teamMembers").get(0)).isEqualTo(created);
    }

    @Test
    void an_update_keeps_a_members_place_and_a_member_added_again_goes_last() {
        String first = create(number(1)).path("id").asText();
        String second = create(number(2)).path("id").asText();
        create(number(3));

        api.post("team-members/update", Map.of("id", first, "role", "Admin"));
        api.post("team-members/delete", Map.of("id", second));
        create(number(2));

        assertThat(firstNames(team())).containsExactly("Member1", "Member3", "Member2");
    }

    @Test
    void the_default_page_holds_30_and_totalCount_counts_them_all() {
        createNumbered(api, 31);

        JsonNode listed = api.post("team-members/list", Map.of()).json();

        assertThat(listed.path("teamMembers").size()).isEqualTo(30);
        assertThat(listed.path("totalCount").asInt()).as("counted before paging").isEqualTo(31);
        assertThat(firstNames(listed).get(29)).isEqualTo("Member30");
    }

    @Test
    void offset_skips_that_many_members_by_default() {
        createNumbered(api, 5);

        JsonNode page = list(Map.of("offset", 2, "limit", 2)).json();

        assertThat(firstNames(page)).containsExactly("Member3", "Member4");
        assertThat(page.path("totalCount").asInt()).isEqualTo(5);
    }

    @Test
    void a_pager_with_only_an_offset_keeps_the_default_limit() {
        createNumbered(api, 33);

        JsonNode page = list(Map.of("offset", 1)).json();

        assertThat(page.path("teamMembers").size()).isEqualTo(30);
        assertThat(firstNames(page).get(0)).isEqualTo("Member2");
    }

    @Test
    void an_offset_past_the_end_gives_an_empty_page_with_the_full_count() {
        createNumbered(api, 3);

        JsonNode page = list(Map.of("offset", 3, "limit", 10)).json();

        assertThat(page.path("teamMembers").size()).isZero();
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_limit_of_500_is_accepted() {
        createNumbered(api, 2);

        ApiResponse listed = list(Map.of("limit", 500));

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("teamMembers").size()).isEqualTo(2);
    }

    @Test
    void a_pager_out_of_range_or_of_the_wrong_type_is_refused() {
        create(aTeamMember());

        assertBadRequest(list(Map.of("limit", 501)), "pager.limit must be at most 500");
        assertBadRequest(list(Map.of("limit", 0)), "pager.limit must be at least 1");
        assertBadRequest(list(Map.of("offset", -1)), "pager.offset must be 0 or more");
        assertBadRequest(list(Map.of("limit", "10")), "pager.limit must be a number");
        assertBadRequest(list(Map.of("offset", 1.5)), "pager.offset must be a whole number");
        assertBadRequest(list(5), "pager must be an object");
        assertThat(team().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void another_partner_sees_none_of_our_members() {
        createNumbered(api, 3);

        JsonNode theirs = team(otherPartner());

        assertThat(theirs.path("totalCount").asInt()).isZero();
        assertThat(theirs.path("teamMembers").size()).isZero();
        assertThat(team().path("totalCount").asInt()).as("ours are all still there").isEqualTo(3);
    }

    @Test
    void in_clamp_mode_a_limit_above_500_is_served_as_500() {
        PagerPolicy clamp = new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.items);
        try (EventsSimulator clamping = EventsSimulator.start(SimulatorOptions.defaults().withPagerPolicy(clamp))) {
            Api caller = new Api(clamping.baseUrl(), clamping.adminKs());
            createNumbered(caller, 501);

            JsonNode page = caller.post("team-members/list", Map.of("pager", Map.of("limit", 10_000))).json();

            assertThat(page.path("teamMembers").size()).isEqualTo(500);
            assertThat(page.path("totalCount").asInt()).isEqualTo(501);
        }
    }

    @Test
    void in_pages_mode_offset_is_a_page_index() {
        PagerPolicy pages = new PagerPolicy(PagerPolicy.LimitMode.reject, PagerPolicy.OffsetMode.pages);
        try (EventsSimulator paging = EventsSimulator.start(SimulatorOptions.defaults().withPagerPolicy(pages))) {
            Api caller = new Api(paging.baseUrl(), paging.adminKs());
            createNumbered(caller, 5);

            JsonNode page = caller.post("team-members/list", Map.of("pager", Map.of("offset", 1, "limit", 2))).json();

            assertThat(firstNames(page)).as("page 1 of size 2 is the third and fourth").containsExactly("Member3", "Member4");
            assertThat(page.path("totalCount").asInt()).isEqualTo(5);
        }
    }
}
