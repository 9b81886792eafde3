package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.assertNotFound;
import static dev.eventsim.simulator.events.EventSteps.created;
import static dev.eventsim.simulator.events.EventSteps.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** events/update: partial changes, every updatable field, timestamps, refusals that change nothing. */
class EventsUpdateTest extends ApiTest {
    private static final Instant T0 = Instant.parse("2025-04-02T09:15:30.123Z");

    private ObjectNode event;
    private long id;

    @BeforeEach
    void anEventCreatedAtT0() {
        simulator.clock().freeze();
        simulator.clock().set(T0);
        event = created(api, Events.anEvent().withTemplate("tm2000").withName("Town hall")
                .with("description", "Results and roadmap")
                .withDates("2030-05-01T14:00:00Z", "2030-05-01T16:00:00Z")
                .with("timezone", "America/New_York"));
        id = event.path("id").asLong();
        simulator.clock().advance(Duration.ofMinutes(5));
    }

    private ApiResponse update(Map<String, ?> changes) {
        Map<String, Object> body = new HashMap<>(changes);
        body.put("id", id);
        return api.post("events/update", body);
    }

    private static ObjectNode without(JsonNode node, String... fields) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    @Test
    void update_answers_with_the_changed_event_and_status_ok() {
        ApiResponse response = update(Map.of("name", "Town hall Q2"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
        assertThat(response.json().path("event").path("id").asLong()).isEqualTo(id);
        assertThat(response.json().path("event").path("name").asText()).isEqualTo("Town hall Q2");
    }

    @Test
    void update_changes_only_the_fields_sent() {
        ApiResponse response = update(Map.of("name", "Town hall Q2"));

        JsonNode after = response.json().path("event");
        assertThat(without(after, "name", "updatedAt")).as("every field but name and updatedAt as before")
                .isEqualTo(without(event, "name", "updatedAt"));
        assertThat(stored(api, id)).as("the stored event is the one answered").isEqualTo(after);
    }

    static Stream<Arguments> updatableFields() {
        return Stream.of(
                Arguments.of("name", "Town hall Q2", "Town hall Q2"),
                Arguments.of("description", "", ""),
                Arguments.of("description", "Only the roadmap", "Only the roadmap"),
                Arguments.of("startDate", "2030-05-01T13:00:00Z", "2030-05-01T13:00:00.000Z"),
                Arguments.of("startDate", "2030-05-01T15:00:00+02:00", "2030-05-01T13:00:00.000Z"),
                Arguments.of("endDate", "2030-05-02T10:30:00.5Z", "2030-05-02T10:30:00.500Z"),
                Arguments.of("doorsOpenDate", "2030-05-01T13:45:00Z", "2030-05-01T13:45:00.000Z"),
                Arguments.of("timezone", "Europe/Berlin", "Europe/Berlin"),
                Arguments.of("timezone", "US/Pacific", "US/Pacific"),
                Arguments.of("labels", List.of("internal", "q2"), List.of("internal", "q2")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("updatableFields")
    void update_changes_each_updatable_field_alone(String field, Object sent, Object expected) {
        ApiResponse response = update(Map.of(field, sent));

        assertThat(response.statusCode()).as("answer: %s", response.rawBody()).isEqualTo(200);
        JsonNode after = response.json().path("event");
        assertThat(after.path(field)).isEqualTo(Api.JSON.valueToTree(expected));
        assertThat(without(after, field, "updatedAt")).as("the other fields stay")
                .isEqualTo(without(event, field, "updatedAt"));
        assertThat(stored(api, id)).isEqualTo(after);
    }

    @Test
    void labels_replace_the_whole_list_and_can_be_emptied() {
        update(Map.of("labels", List.of("a", "b")));

        assertThat(update(Map.of("labels", List.of("c"))).json().path("event").path("labels"))
                .isEqualTo(Api.JSON.valueToTree(List.of("c")));
        assertThat(update(Map.of("labels", List.of())).json().path("event").path("labels").isEmpty()).isTrue();
    }

    @Test
    void a_logo_entry_fills_logoUrl() {
        assertThat(event.path("logoUrl").asText()).as("empty until a logo is set").isEmpty();

        JsonNode after = update(Map.of("logoEntryId", "1_abcd1234")).json().path("event");

        assertThat(after.path("logoUrl").asText()).startsWith("http").contains("1_abcd1234");
        assertThat(after.path("bannerImageUrl").asText()).as("the banner is untouched").isEmpty();
        assertThat(stored(api, id)).isEqualTo(after);
    }

    @Test
    void a_banner_entry_fills_bannerImageUrl() {
        assertThat(event.path("bannerImageUrl").asText()).as("empty until a banner is set").isEmpty();

        JsonNode after = update(Map.of("bannerEntryId", "0_Zx9Y8w7V")).json().path("event");

        assertThat(after.path("bannerImageUrl").asText()).startsWith("http").contains("0_Zx9Y8w7V");
        assertThat(after.path("logoUrl").asText()).as("the logo is untouched").isEmpty();
        assertThat(stored(api, id)).isEqualTo(after);
    }

    @Test
    void all_updatable_fields_change_together() {
        Map<String, Object> changes = Map.of(
                "name", "New name", "description", "New description",
                "startDate", "2030-06-01T08:00:00Z", "endDate", "2030-06-01T09:00:00Z",
                "doorsOpenDate", "2030-06-01T07:45:00Z", "timezone", "Asia/Tokyo",
                "labels", List.of("x"), "logoEntryId", "1_logo0001", "bannerEntryId", "1_bann0001");

        JsonNode after = update(changes).json().path("event");

        assertThat(after.path("name").asText()).isEqualTo("New name");
        assertThat(after.path("description").asText()).isEqualTo("New description");
        assertThat(after.path("startDate").asText()).isEqualTo("2030-06-01T08:00:00.000Z");
        assertThat(after.path("endDate").asText()).isEqualTo("2030-06-01T09:00:00.000Z");
        assertThat(after.path("doorsOpenDate").asText()).isEqualTo("2030-06-01T07:45:00.000Z");
        assertThat(after.path("timezone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(after.path("labels")).isEqualTo(Api.JSON.valueToTree(List.of("x")));
        assertThat(after.path("logoUrl").asText()).contains("1_logo0001");
        assertThat(after.path("bannerImageUrl").asText()).contains("1_bann0001");
        assertThat(without(after, "name", "description", "startDate", "endDate", "doorsOpenDate", "timezone",
                "labels", "logoUrl", "bannerImageUrl", "updatedAt"))
                .as("id, createdAt, template and the rest are not updatable")
                .isEqualTo(without(event, "name", "description", "startDate", "endDate", "doorsOpenDate",
                        "timezone", "labels", "logoUrl", "bannerImageUrl", "updatedAt"));
    }

    @Test
    void update_moves_updatedAt_with_the_clock_and_keeps_createdAt() {
        JsonNode first = update(Map.of("name", "First change")).json().path("event");
        simulator.clock().advance(Duration.ofHours(2));
        JsonNode second = update(Map.of("name", "Second change")).json().path("event");

        assertThat(event.path("updatedAt").asText()).isEqualTo("2025-04-02T09:15:30.123Z");
        assertThat(first.path("updatedAt").asText()).isEqualTo("2025-04-02T09:20:30.123Z");
        assertThat(second.path("updatedAt").asText()).isEqualTo("2025-04-02T11:20:30.123Z");
        assertThat(List.of(first.path("createdAt"), second.path("createdAt")))
                .as("createdAt never moves").containsOnly(event.path("createdAt"));
    }

    @Test
    void update_of_only_endDate_to_before_the_stored_startDate_is_refused_and_changes_nothing() {
        ApiResponse response = update(Map.of("endDate", "2030-05-01T13:00:00Z"));

        assertInvalidArgument(response, "endDate");
        assertThat(stored(api, id)).isEqualTo(event);
    }

    @Test
    void update_of_only_startDate_to_the_stored_endDate_is_refused() {
        assertInvalidArgument(update(Map.of("startDate", "2030-05-01T16:00:00Z")), "endDate");
        assertThat(stored(api, id)).isEqualTo(event);
    }

    @Test
    void moving_both_dates_past_the_stored_endDate_in_one_update_is_accepted() {
        JsonNode after = update(Map.of("startDate", "2030-07-01T10:00:00Z", "endDate", "2030-07-01T11:00:00Z"))
                .json().path("event");

        assertThat(after.path("startDate").asText()).isEqualTo("2030-07-01T10:00:00.000Z");
        assertThat(after.path("endDate").asText()).isEqualTo("2030-07-01T11:00:00.000Z");
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of(Map.of("logoEntryId", "logo.png"), "logoEntryId"),
                Arguments.of(Map.of("bannerEntryId", "1_short"), "bannerEntryId"),
                Arguments.of(Map.of("timezone", "Mars/Olympus"), "timezone"),
                Arguments.of(Map.of("name", ""), "name"),
                Arguments.of(Map.of("name", 5), "name"),
                Arguments.of(Map.of("startDate", "tomorrow"), "startDate"),
                Arguments.of(Map.of("doorsOpenDate", "2025-13-01T00:00:00Z"), "doorsOpenDate"),
                Arguments.of(Map.of("labels", "internal"), "labels"),
                Arguments.of(Map.of("labels", List.of("ok", 3)), "labels[1]"),
                Arguments.of(Map.of("name", "Half applied?", "timezone", "Mars/Olympus"), "timezone"),
                Arguments.of(Map.of("name", "Half applied?", "logoEntryId", "logo.png"), "logoEntryId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void a_refused_update_names_the_field_and_changes_nothing(Map<String, Object> changes, String field) {
        ApiResponse response = update(changes);

        assertInvalidArgument(response, field);
        assertThat(stored(api, id)).as("nothing half-applied").isEqualTo(event);
    }

    @Test
    void update_of_an_unknown_id_is_not_found() {
        ApiResponse response = api.post("events/update", Map.of("id", id + 1000, "name", "Ghost"));

        assertNotFound(response);
        assertThat(response.message()).as("the message names the id").contains(String.valueOf(id + 1000));
    }

    @Test
    void update_with_the_id_as_a_string_is_refused() {
        ApiResponse response = api.post("events/update", Map.of("id", String.valueOf(id), "name", "Renamed"));

        assertInvalidArgument(response, "id");
        assertThat(stored(api, id)).isEqualTo(event);
    }

    @Test
    void update_without_an_id_is_refused() {
        assertInvalidArgument(api.post("events/update", Map.of("name", "Renamed")), "id");
        assertThat(stored(api, id)).isEqualTo(event);
    }
}
