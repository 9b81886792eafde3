package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.TIMESTAMP;
import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.created;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.sessionTypes;
import static dev.eventsim.simulator.events.EventSteps.totalCount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventsCreateTest extends ApiTest {
    private static final List<String> EVENT_FIELDS = List.of("id", "publicDomain", "name", "description",
            "startDate", "endDate", "timezone", "logoUrl", "bannerImageUrl", "labels", "createdAt", "updatedAt",
            "languages", "isRegistrationOpen", "doorsOpenDate", "templateId", "templateName");

    @Test
    void create_wraps_the_event_with_status_ok() {
        ApiResponse response = api.post("events/create", Events.anEvent().withName("Launch").body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fieldNames(response.json())).containsExactlyInAnyOrder("event", "status");
        assertThat(response.status()).isEqualTo("ok");
        assertThat(response.json().path("event").path("name").asText()).isEqualTo("Launch");
    }

    @Test
    void create_returns_all_17_fields_with_their_json_types() {
        JsonNode event = created(api, Events.anEvent().withTemplate("tm1000"));

        assertThat(fieldNames(event)).as("exactly the contract's PublicEventDto fields")
                .containsExactlyInAnyOrderElementsOf(EVENT_FIELDS);
        assertThat(event.path("id").isIntegralNumber()).as("id is an integral number: %s", event.path("id")).isTrue();
        for (String text : List.of("publicDomain", "name", "description", "timezone", "logoUrl", "bannerImageUrl",
                "templateId", "templateName")) {
            assertThat(event.path(text).isTextual()).as("%s is a string: %s", text, event.path(text)).isTrue();
        }
        for (String timestamp : List.of("startDate", "endDate", "createdAt", "updatedAt", "doorsOpenDate")) {
            assertThat(event.path(timestamp).isTextual()).as("%s is a string", timestamp).isTrue();
            assertThat(event.path(timestamp).asText()).as("%s is UTC with milliseconds", timestamp).matches(TIMESTAMP);
        }
        assertThat(event.path("labels").isArray()).as("labels is an array").isTrue();
        assertThat(event.path("languages").isArray()).as("languages is an array").isTrue();
        assertThat(event.path("isRegistrationOpen").isBoolean()).as("isRegistrationOpen is a boolean").isTrue();
    }

    @Test
    void create_writes_dates_given_with_an_offset_as_the_same_instant_in_utc() {
        JsonNode event = created(api, Events.anEvent()
                .withDates("2030-05-01T16:00:00+02:00", "2030-05-01T13:30:00.250-04:30"));

        assertThat(event.path("startDate").asText()).isEqualTo("2030-05-01T14:00:00.000Z");
        assertThat(event.path("endDate").asText()).isEqualTo("2030-05-01T18:00:00.250Z");
    }

    @Test
    void create_without_description_stores_the_empty_string() {
        JsonNode event = created(api, Events.anEvent().without("description"));

        assertThat(event.path("description").isTextual()).isTrue();
        assertThat(event.path("description").asText()).isEmpty();
    }

    @Test
    void create_keeps_a_given_description() {
        JsonNode event = created(api, Events.anEvent().with("description", "Results and roadmap"));

        assertThat(event.path("description").asText()).isEqualTo("Results and roadmap");
    }

    @Test
    void create_stamps_created_and_updated_with_the_simulator_clock() {
        simulator.clock().freeze();
        simulator.clock().set(Instant.parse("2025-04-02T09:15:30.123Z"));

        JsonNode event = created(api, Events.anEvent());

        assertThat(event.path("createdAt").asText()).isEqualTo("2025-04-02T09:15:30.123Z");
        assertThat(event.path("updatedAt").asText()).isEqualTo("2025-04-02T09:15:30.123Z");
    }

    @Test
    void create_gives_each_event_a_higher_id_than_the_one_before() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(createdId(api, Events.anEvent().withName("Event " + i)));
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} is named {1} and starts with sessions {2}")
    @CsvSource(delimiter = '|', value = {
            "tm0000 | Blank template      | ''",
            "tm1000 | Interactive session | MeetingEntry",
            "tm2000 | Live webcast        | LiveWebcast",
            "tm3000 | Pre-recorded live   | SimuLive",
            "tm4000 | DIY live broadcast  | MeetingEntry LiveWebcast"})
    void create_from_a_preset_template_adds_its_sessions_and_names_the_template(
            String templateId, String templateName, String sessionTypes) {
        JsonNode event = created(api, Events.anEvent().withTemplate(templateId));

        assertThat(event.path("templateId").asText()).isEqualTo(templateId);
        assertThat(event.path("templateName").asText()).isEqualTo(templateName);
        List<String> expected = sessionTypes.isBlank() ? List.of() : List.of(sessionTypes.split(" "));
        assertThat(sessionTypes(api, event.path("id").asLong()))
                .as("sessions the preset %s creates with the event", templateId)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void create_from_a_custom_template_id_makes_a_blank_event_with_that_template_id() {
        String customId = "65f1c0e7d2a9b4c3e1f0a9b8";

        JsonNode event = created(api, Events.anEvent().withTemplate(customId));

        assertThat(event.path("templateId").asText()).isEqualTo(customId);
        assertThat(event.path("templateName").asText()).as("a custom template still has a display name").isNotBlank();
        assertThat(sessionTypes(api, event.path("id").asLong())).as("a custom template adds no sessions").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tm5000", "tm0001", "tm100", "TM1000", "blank",
            "65f1c0e7d2a9b4c3e1f0a9b", "65f1c0e7d2a9b4c3e1f0a9b8c", "65f1c0e7d2a9b4c3e1f0a9bz"})
    void create_rejects_a_template_id_that_is_neither_a_preset_nor_24_hex(String templateId) {
        ApiResponse response = api.post("events/create", Events.anEvent().withTemplate(templateId).body());

        assertInvalidArgument(response, "templateId");
        assertThat(totalCount(api)).as("nothing was created").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "US/Pacific", "US/Central",
            "EST", "MST", "HST", "Etc/GMT+5"})
    void create_accepts_iana_time_zones_and_their_backward_links(String timezone) {
        ApiResponse response = api.post("events/create", Events.anEvent().with("timezone", timezone).body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("event").path("timezone").asText()).isEqualTo(timezone);
    }

    static Stream<Arguments> badCreateBodies() {
        return Stream.of(
                Arguments.of("templateId missing", Events.anEvent().without("templateId"), "templateId"),
                Arguments.of("name missing", Events.anEvent().without("name"), "name"),
                Arguments.of("startDate missing", Events.anEvent().without("startDate"), "startDate"),
                Arguments.of("endDate missing", Events.anEvent().without("endDate"), "endDate"),
                Arguments.of("timezone missing", Events.anEvent().without("timezone"), "timezone"),
                Arguments.of("name null", Events.anEvent().with("name", null), "name"),
                Arguments.of("name a number", Events.anEvent().with("name", 42), "name"),
                Arguments.of("startDate a number", Events.anEvent().with("startDate", 1893506400000L), "startDate"),
                Arguments.of("templateId a number", Events.anEvent().with("templateId", 1000), "templateId"),
                Arguments.of("description a number", Events.anEvent().with("description", 7), "description"),
                Arguments.of("startDate not a date", Events.anEvent().with("startDate", "tomorrow"), "startDate"),
                Arguments.of("startDate month 13", Events.anEvent().with("startDate", "2025-13-01T00:00:00Z"),
                        "startDate"),
                Arguments.of("endDate not a date", Events.anEvent().with("endDate", "2030-05-01 16:00"), "endDate"),
                Arguments.of("endDate equal to startDate",
                        Events.anEvent().withDates("2030-05-01T14:00:00Z", "2030-05-01T14:00:00Z"), "endDate"),
                Arguments.of("endDate equal to startDate in another offset",
                        Events.anEvent().withDates("2030-05-01T14:00:00Z", "2030-05-01T16:00:00+02:00"), "endDate"),
                Arguments.of("endDate before startDate",
                        Events.anEvent().withDates("2030-05-01T14:00:00Z", "2030-05-01T13:59:59Z"), "endDate"),
                Arguments.of("unknown timezone", Events.anEvent().with("timezone", "Mars/Olympus"), "timezone"),
                Arguments.of("a SystemV zone IANA removed", Events.anEvent().with("timezone", "SystemV/AST4"), "timezone"),
                Arguments.of("empty name", Events.anEvent().withName(""), "name"),
                Arguments.of("blank name", Events.anEvent().withName("   "), "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreateBodies")
    void create_rejects_bad_input_naming_the_field_and_stores_nothing(String why, Events body, String field) {
        ApiResponse response = api.post("events/create", body.body());

        assertInvalidArgument(response, field);
        assertThat(totalCount(api)).as("a refused create leaves nothing half-applied").isZero();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
