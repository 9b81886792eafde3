package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.ids;
import static dev.eventsim.simulator.events.EventSteps.listed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** events/list filters: each of the eight alone, inclusive bounds, and combined. */
class EventsListFilterTest extends ApiTest {
    private static final String CUSTOM_TEMPLATE = "65f1c0e7d2a9b4c3e1f0a9b8";

    private static Map<String, Object> filter(String name, Object value) {
        return Map.of("filter", Map.of(name, value), "pager", Map.of("limit", 15));
    }

    private void label(long id, String... labels) {
        ApiResponse response = api.post("events/update", Map.of("id", id, "labels", List.of(labels)));
        assertThat(response.statusCode()).as("events/update answer: %s", response.rawBody()).isEqualTo(200);
    }

    @Test
    void idIn_keeps_only_the_listed_ids() {
        long first = createdId(api, Events.anEvent().withName("First"));
        createdId(api, Events.anEvent().withName("Second"));
        long third = createdId(api, Events.anEvent().withName("Third"));

        ApiResponse list = listed(api, filter("idIn", List.of(third, first, 987_654_321L)));

        assertThat(ids(list)).as("an id that does not exist matches nothing").containsExactlyInAnyOrder(first, third);
        assertThat(list.json().path("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void templateIdIn_keeps_events_of_the_listed_preset_and_custom_templates() {
        createdId(api, Events.anEvent().withTemplate("tm0000"));
        long webcast = createdId(api, Events.anEvent().withTemplate("tm2000"));
        createdId(api, Events.anEvent().withTemplate("tm3000"));
        long custom = createdId(api, Events.anEvent().withTemplate(CUSTOM_TEMPLATE));

        ApiResponse list = listed(api, filter("templateIdIn", List.of("tm2000", CUSTOM_TEMPLATE)));

        assertThat(ids(list)).containsExactlyInAnyOrder(webcast, custom);
    }

    @Test
    void searchTerm_matches_a_substring_of_the_name_ignoring_case() {
        long townHall = createdId(api, Events.anEvent().withName("Quarterly Town Hall"));
        createdId(api, Events.anEvent().withName("Product launch"));
        long prep = createdId(api, Events.anEvent().withName("town hall prep"));
        createdId(api, Events.anEvent().withName("Townhall").with("description", "town hall"));

        assertThat(ids(listed(api, filter("searchTerm", "TOWN hall"))))
                .as("case-insensitive; the description is not searched")
                .containsExactlyInAnyOrder(townHall, prep);
        assertThat(ids(listed(api, filter("searchTerm", "uarterl")))).as("a substring inside a word")
                .containsExactly(townHall);
        assertThat(ids(listed(api, filter("searchTerm", "keynote")))).isEmpty();
    }

    @Test
    void labels_keeps_events_carrying_any_of_the_labels() {
        long ab = createdId(api, Events.anEvent().withName("ab"));
        long c = createdId(api, Events.anEvent().withName("c"));
        long d = createdId(api, Events.anEvent().withName("d"));
        createdId(api, Events.anEvent().withName("unlabelled"));
        label(ab, "a", "b");
        label(c, "c");
        label(d, "d");

        assertThat(ids(listed(api, filter("labels", List.of("b", "c"))))).containsExactlyInAnyOrder(ab, c);
        assertThat(ids(listed(api, filter("labels", List.of("a", "b"))))).as("an event matching twice is listed once")
                .containsExactly(ab);
        assertThat(ids(listed(api, filter("labels", List.of("x"))))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} keeps events {2}")
    @CsvSource(delimiter = '|', value = {
            "startDateGreaterThanOrEqual | 2030-01-02T10:00:00Z      | 2 3",
            "startDateGreaterThanOrEqual | 2030-01-02T10:00:00.001Z  | 3",
            "startDateGreaterThanOrEqual | 2030-01-02T12:00:00+02:00 | 2 3",
            "startDateLessOrEqualThan    | 2030-01-02T10:00:00Z      | 1 2",
            "startDateLessOrEqualThan    | 2030-01-02T09:59:59.999Z  | 1",
            "endDateGreaterThanOrEqual   | 2030-01-02T12:00:00Z      | 2 3",
            "endDateGreaterThanOrEqual   | 2030-01-02T12:00:00.001Z  | 3",
            "endDateLessOrEqualThan      | 2030-01-02T12:00:00Z      | 1 2",
            "endDateLessOrEqualThan      | 2030-01-02T07:00:00-05:00 | 1 2",
            "endDateLessOrEqualThan      | 2030-01-02T11:59:59.999Z  | 1"})
    void date_bounds_are_inclusive(String filterName, String bound, String expectedEvents) {
        List<Long> events = List.of(
                createdId(api, Events.anEvent().withName("1").withDates("2030-01-01T10:00:00Z", "2030-01-01T12:00:00Z")),
                createdId(api, Events.anEvent().withName("2").withDates("2030-01-02T10:00:00Z", "2030-01-02T12:00:00Z")),
                createdId(api, Events.anEvent().withName("3").withDates("2030-01-03T10:00:00Z", "2030-01-03T12:00:00Z")));

        List<Long> expected = Arrays.stream(expectedEvents.split(" "))
                .map(n -> events.get(Integer.parseInt(n) - 1)).toList();
        assertThat(ids(listed(api, filter(filterName, bound)))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void filters_combine_with_and() {
        long match = createdId(api, Events.anEvent().withTemplate("tm2000").withName("Spring webcast")
                .withDates("2030-03-10T10:00:00Z", "2030-03-10T12:00:00Z"));
        long wrongTemplate = createdId(api, Events.anEvent().withTemplate("tm1000").withName("Spring meetup")
                .withDates("2030-03-11T10:00:00Z", "2030-03-11T12:00:00Z"));
        long wrongName = createdId(api, Events.anEvent().withTemplate("tm2000").withName("Autumn webcast")
                .withDates("2030-03-12T10:00:00Z", "2030-03-12T12:00:00Z"));
        long tooLate = createdId(api, Events.anEvent().withTemplate("tm2000").withName("Spring finale")
                .withDates("2030-06-01T10:00:00Z", "2030-06-01T12:00:00Z"));
        long unlabelled = createdId(api, Events.anEvent().withTemplate("tm2000").withName("Spring extra")
                .withDates("2030-03-13T10:00:00Z", "2030-03-13T12:00:00Z"));
        for (long id : List.of(match, wrongTemplate, wrongName, tooLate)) {
            label(id, "public");
        }

        ApiResponse list = listed(api, Map.of("filter", Map.of(
                "templateIdIn", List.of("tm2000"),
                "searchTerm", "spring",
                "labels", List.of("public"),
                "startDateGreaterThanOrEqual", "2030-03-01T00:00:00Z",
                "endDateLessOrEqualThan", "2030-03-31T23:59:59Z",
                "idIn", List.of(match, wrongTemplate, wrongName, tooLate, unlabelled))));

        assertThat(ids(list)).as("only the event passing every criterion").containsExactly(match);
        assertThat(list.json().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void an_empty_filter_restricts_nothing() {
        createdId(api, Events.anEvent().withName("a"));
        createdId(api, Events.anEvent().withName("b"));

        assertThat(listed(api, Map.of("filter", Map.of())).json().path("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void idIn_with_a_string_item_is_refused_naming_the_item() {
        long id = createdId(api, Events.anEvent());

        ApiResponse response = api.post("events/list", Map.of("filter", Map.of("idIn", List.of("abc", id))));

        assertInvalidArgument(response, "filter.idIn[0]");
    }

    @Test
    void a_filter_date_that_is_not_iso_8601_is_refused_naming_the_filter() {
        ApiResponse response = api.post("events/list", filter("startDateGreaterThanOrEqual", "yesterday"));

        assertInvalidArgument(response, "filter.startDateGreaterThanOrEqual");
    }
}
