package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.ids;
import static dev.eventsim.simulator.events.EventSteps.listed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** events/list orderBy: the six orders, the default, ties, and stable paging. */
class EventsListOrderTest extends ApiTest {

    @BeforeEach
    void frozenClock() {
        simulator.clock().freeze();
        simulator.clock().set(Instant.parse("2025-04-02T09:00:00.000Z"));
    }

    private static Map<String, Object> ordered(String orderBy) {
        return Map.of("orderBy", orderBy, "pager", Map.of("limit", 15));
    }

    /**
     * Three events whose names, creation times and start dates sort in three different orders:
     * by name b, c, a; by createdAt a, b, c; by startDate c, a, b.
     */
    private List<Long> threeEventsInDifferentOrders() {
        long a = createdId(api, Events.anEvent().withName("Charlie")
                .withDates("2030-02-01T10:00:00Z", "2030-02-01T12:00:00Z"));
        simulator.clock().advance(Duration.ofMinutes(1));
        long b = createdId(api, Events.anEvent().withName("Alpha")
                .withDates("2030-03-01T10:00:00Z", "2030-03-01T12:00:00Z"));
        simulator.clock().advance(Duration.ofMinutes(1));
        long c = createdId(api, Events.anEvent().withName("Bravo")
                .withDates("2030-01-01T10:00:00Z", "2030-01-01T12:00:00Z"));
        return List.of(a, b, c);
    }

    @ParameterizedTest(name = "orderBy {0} lists {1}")
    @CsvSource({
            "+name,      b c a",
            "-name,      a c b",
            "+createdAt, a b c",
            "-createdAt, c b a",
            "+startDate, c a b",
            "-startDate, b a c"})
    void each_order_sorts_by_its_key_and_direction(String orderBy, String expectedOrder) {
        List<Long> abc = threeEventsInDifferentOrders();

        List<Long> expected = new ArrayList<>();
        for (String letter : expectedOrder.split(" ")) {
            expected.add(abc.get(letter.charAt(0) - 'a'));
        }
        assertThat(ids(listed(api, ordered(orderBy)))).containsExactlyElementsOf(expected);
    }

    @Test
    void the_default_order_is_newest_first() {
        List<Long> abc = threeEventsInDifferentOrders();

        assertThat(ids(listed(api, Map.of()))).as("no orderBy means -createdAt")
                .containsExactly(abc.get(2), abc.get(1), abc.get(0));
    }

    @ParameterizedTest(name = "orderBy {0}")
    @ValueSource(strings = {"+name", "+createdAt", "+startDate"})
    void ties_in_an_ascending_order_are_broken_by_ascending_id(String orderBy) {
        List<Long> ids = sameKeyEvents(4);

        assertThat(ids(listed(api, ordered(orderBy)))).containsExactlyElementsOf(ids);
    }

    @ParameterizedTest(name = "orderBy {0}")
    @ValueSource(strings = {"-name", "-createdAt", "-startDate"})
    void ties_in_a_descending_order_are_broken_by_descending_id(String orderBy) {
        List<Long> ids = sameKeyEvents(4);

        List<Long> descending = new ArrayList<>(ids);
        Collections.reverse(descending);
        assertThat(ids(listed(api, ordered(orderBy)))).containsExactlyElementsOf(descending);
    }

    @Test
    void events_with_the_same_name_sit_among_the_others_in_id_order() {
        long first = createdId(api, Events.anEvent().withName("Same"));
        long other = createdId(api, Events.anEvent().withName("Different"));
        long second = createdId(api, Events.anEvent().withName("Same"));

        assertThat(ids(listed(api, ordered("+name")))).containsExactly(other, first, second);
        assertThat(ids(listed(api, ordered("-name")))).containsExactly(second, first, other);
    }

    @ParameterizedTest(name = "orderBy {0}")
    @ValueSource(strings = {"+name", "-name", "+createdAt", "-createdAt", "+startDate", "-startDate"})
    void paging_with_limit_2_returns_every_event_exactly_once(String orderBy) {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Names, creation times and start dates that tie in groups, so ties cross page borders.
            created.add(createdId(api, Events.anEvent().withName(i % 2 == 0 ? "Even" : "Odd")
                    .withDates("2030-05-0" + (1 + i / 3) + "T10:00:00Z", "2030-05-0" + (1 + i / 3) + "T12:00:00Z")));
            if (i % 3 == 2) {
                simulator.clock().advance(Duration.ofSeconds(1));
            }
        }

        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 2) {
            ApiResponse page = listed(api, Map.of("orderBy", orderBy, "pager", Map.of("offset", offset, "limit", 2)));
            assertThat(page.json().path("events").size()).isLessThanOrEqualTo(2);
            assertThat(page.json().path("totalCount").asInt()).as("totalCount on every page").isEqualTo(7);
            paged.addAll(ids(page));
        }

        assertThat(paged).as("pages neither overlap nor skip")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(created)
                .containsExactlyElementsOf(ids(listed(api, ordered(orderBy))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "+Name", "createdAt", "+updatedAt", "-id", ""})
    void an_unknown_orderBy_is_refused(String orderBy) {
        ApiResponse response = api.post("events/list", Map.of("orderBy", orderBy));

        assertInvalidArgument(response, "orderBy");
    }

    @Test
    void an_orderBy_that_is_not_a_string_is_refused() {
        ApiResponse response = api.post("events/list", Map.of("orderBy", 1));

        assertInvalidArgument(response, "orderBy");
    }

    /** Events that tie on every order key: same name, same dates, same creation time (frozen clock). */
    private List<Long> sameKeyEvents(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(createdId(api, Events.anEvent().withName("Same name")));
        }
        assertThat(ids).as("ids of creation order").isSortedAccordingTo(Comparator.naturalOrder());
        return ids;
    }
}
