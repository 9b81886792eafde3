package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.ids;
import static dev.eventsim.simulator.events.EventSteps.listed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** events/list pager: defaults, bounds, and the two per-instance switches. */
class EventsListPagerTest extends ApiTest {

    private static List<Long> createEvents(Api api, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(createdId(api, Events.anEvent().withName("Event " + i)));
        }
        return ids;
    }

    private static Map<String, Object> oldestFirst(Map<String, ?> pager) {
        return Map.of("orderBy", "+createdAt", "pager", pager);
    }

    @Test
    void the_default_page_holds_5_events_and_totalCount_counts_all_matches() {
        createEvents(api, 7);

        ApiResponse list = listed(api, Map.of());

        assertThat(list.json().path("events").size()).as("default limit").isEqualTo(5);
        assertThat(list.json().path("totalCount").asInt()).as("counted before paging").isEqualTo(7);
        assertThat(list.status()).isEqualTo("ok");
    }

    @Test
    void a_pager_with_only_an_offset_keeps_the_default_limit() {
        List<Long> ids = createEvents(api, 7);

        ApiResponse list = listed(api, oldestFirst(Map.of("offset", 1)));

        assertThat(ids(list)).containsExactlyElementsOf(ids.subList(1, 6));
    }

    @Test
    void offset_counts_events_to_skip_by_default() {
        List<Long> ids = createEvents(api, 5);

        ApiResponse list = listed(api, oldestFirst(Map.of("offset", 1, "limit", 2)));

        assertThat(ids(list)).as("offset 1 skips one event, not one page").containsExactly(ids.get(1), ids.get(2));
    }

    @Test
    void an_offset_past_the_end_gives_an_empty_page_with_the_full_count() {
        createEvents(api, 3);

        ApiResponse list = listed(api, oldestFirst(Map.of("offset", 3, "limit", 2)));

        assertThat(list.json().path("events").size()).isZero();
        assertThat(list.json().path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_limit_of_15_is_accepted() {
        createEvents(api, 16);

        ApiResponse list = listed(api, Map.of("pager", Map.of("limit", 15)));

        assertThat(list.json().path("events").size()).isEqualTo(15);
        assertThat(list.json().path("totalCount").asInt()).isEqualTo(16);
    }

    static Stream<Arguments> badPagers() {
        return Stream.of(
                Arguments.of("limit 16", Map.of("limit", 16), "pager.limit"),
                Arguments.of("limit 1000", Map.of("limit", 1000), "pager.limit"),
                Arguments.of("limit 0", Map.of("limit", 0), "pager.limit"),
                Arguments.of("limit -1", Map.of("limit", -1), "pager.limit"),
                Arguments.of("limit 2.5", Map.of("limit", 2.5), "pager.limit"),
                Arguments.of("limit as a string", Map.of("limit", "5"), "pager.limit"),
                Arguments.of("offset -1", Map.of("offset", -1), "pager.offset"),
                Arguments.of("offset 0.5", Map.of("offset", 0.5), "pager.offset"),
                Arguments.of("offset as a string", Map.of("offset", "0"), "pager.offset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPagers")
    void a_pager_out_of_bounds_or_of_the_wrong_type_is_refused(String why, Map<String, Object> pager, String field) {
        createEvents(api, 2);

        ApiResponse response = api.post("events/list", Map.of("pager", pager));

        assertInvalidArgument(response, field);
    }

    @Test
    void a_pager_that_is_not_an_object_is_refused() {
        assertInvalidArgument(api.post("events/list", Map.of("pager", List.of(0, 5))), "pager");
    }

    @Test
    void clamp_mode_lowers_a_limit_above_15_to_15() {
        try (EventsSimulator sim = EventsSimulator.start(clampAndPages())) {
            Api other = new Api(sim.baseUrl(), sim.adminKs());
            createEvents(other, 17);

            ApiResponse list = listed(other, Map.of("pager", Map.of("limit", 100)));

            assertThat(list.json().path("events").size()).isEqualTo(15);
            assertThat(list.json().path("totalCount").asInt()).isEqualTo(17);
        }
    }

    @Test
    void clamp_mode_still_refuses_a_limit_of_0() {
        try (EventsSimulator sim = EventsSimulator.start(clampAndPages())) {
            Api other = new Api(sim.baseUrl(), sim.adminKs());

            assertInvalidArgument(other.post("events/list", Map.of("pager", Map.of("limit", 0))), "pager.limit");
        }
    }

    @Test
    void pages_mode_counts_offset_in_pages() {
        try (EventsSimulator sim = EventsSimulator.start(clampAndPages())) {
            Api other = new Api(sim.baseUrl(), sim.adminKs());
            List<Long> ids = createEvents(other, 5);

            ApiResponse second = listed(other, oldestFirst(Map.of("offset", 1, "limit", 2)));
            ApiResponse third = listed(other, oldestFirst(Map.of("offset", 2, "limit", 2)));

            assertThat(ids(second)).as("page 1 of size 2 starts at the third event")
                    .containsExactly(ids.get(2), ids.get(3));
            assertThat(ids(third)).containsExactly(ids.get(4));
        }
    }

    @Test
    void pages_mode_answers_a_page_index_far_past_the_data_with_an_empty_page() {
        try (EventsSimulator sim = EventsSimulator.start(clampAndPages())) {
            Api other = new Api(sim.baseUrl(), sim.adminKs());
            createEvents(other, 2);

            ApiResponse far = listed(other, Map.of("pager", Map.of("offset", 1_000_000_000_000_000_000L, "limit", 15)));

            assertThat(far.statusCode()).as("offset x limit must not overflow").isEqualTo(200);
            assertThat(far.json().path("events")).isEmpty();
            assertThat(far.json().path("totalCount").asInt()).isEqualTo(2);
        }
    }

    private static SimulatorOptions clampAndPages() {
        return SimulatorOptions.defaults()
                .withPagerPolicy(new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.pages));
    }
}
