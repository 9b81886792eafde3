package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of every /api/v1 operation takes the JSON type the contract gives it, and
 * nothing else; a value of another type is a 400 InvalidArgument naming the field and the type
 * expected, never a value dropped or converted. With --unknown-fields=reject, a field the
 * operation does not take is refused too, naming it (docs/api.md, "Errors"); UnknownFieldsTest
 * covers the other modes.
 */
class WrongTypesTest extends ApiTest {

    /** Hides ApiTest's: this class's simulator refuses unknown fields. */
    @BeforeAll
    static void startSimulator() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.reject));
    }

    /** A body each operation takes (ids that need not exist), and the type of each of its fields. */
    private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    private record Operation(String name, String body, List<String> fields) {
    }

    private static void operation(String name, String body, String... fields) {
        OPERATIONS.put(name, new Operation(name, body, List.of(fields)));
    }

    static {
        String dates = "\"startDate\": \"2030-05-01T14:00:00Z\", \"endDate\": \"2030-05-01T16:00:00Z\"";
        operation("events/create", "{\"templateId\": \"tm0000\", \"name\": \"n\", " + dates
                        + ", \"timezone\": \"UTC\", \"description\": \"d\"}",
                "templateId:string", "name:string", "description:string", "startDate:date", "endDate:date",
                "timezone:string");
        operation("events/list", "{\"filter\": {}, \"pager\": {}, \"orderBy\": \"+name\"}",
                "filter:object", "filter.idIn:integers", "filter.templateIdIn:strings", "filter.searchTerm:string",
                "filter.labels:strings", "filter.startDateGreaterThanOrEqual:date",
                "filter.startDateLessOrEqualThan:date", "filter.endDateGreaterThanOrEqual:date",
                "filter.endDateLessOrEqualThan:date", "pager:object", "pager.offset:integer", "pager.limit:integer",
                "orderBy:string");
        operation("events/update", "{\"id\": 1, \"name\": \"n\"}",
                "id:integer", "name:string", "description:string", "startDate:date", "endDate:date",
                "doorsOpenDate:date", "timezone:string", "labels:strings", "logoEntryId:string",
                "bannerEntryId:string");
        operation("events/delete", "{\"id\": 1}", "id:integer");
        operation("events/duplicate", "{\"sourceEventId\": 1, \"event\": {\"name\": \"n\", \"timezone\": \"UTC\"},"
                        + " \"duplicateUsers\": {\"roles\": [\"Speaker\"], \"skipEmail\": false}}",
                "sourceEventId:integer", "event:object", "event.name:string", "event.description:string",
                "event.startDate:date", "event.endDate:date", "event.timezone:string", "duplicateUsers:object",
                "duplicateUsers.roles:strings", "duplicateUsers.skipEmail:boolean");
        operation("events/duplicateStatus", "{\"jobId\": \"1\"}", "jobId:string");
        operation("sessions/create", "{\"eventId\": 1, \"session\": {\"name\": \"n\", \"type\": \"MeetingEntry\", "
                        + dates + "}}",
                "eventId:integer", "session:object", "session.name:string", "session.type:string",
                "session.description:string", "session.visibility:string", "session.startDate:date",
                "session.endDate:date", "session.tags:strings", "session.isManualLive:boolean",
                "session.imageUrlEntryId:string", "session.sourceEntryId:string");
        operation("sessions/list", "{\"eventId\": 1}", "eventId:integer");
        operation("sessions/speakerList", "{\"eventId\": 1, \"sessionId\": \"1_abcdefgh\"}",
                "eventId:integer", "sessionId:string");
        operation("team-members/create", "{\"email\": \"ada@example.com\", \"role\": \"Admin\", \"firstName\": \"Ada\","
                        + " \"lastName\": \"Lovelace\"}",
                "email:string", "role:string", "firstName:string", "lastName:string");
        operation("team-members/update", "{\"id\": \"abc\"}",
                "id:string", "firstName:string", "lastName:string", "role:string", "disabled:boolean");
        operation("team-members/delete", "{\"id\": \"abc\"}", "id:string");
        operation("team-members/list", "{\"pager\": {}}", "pager:object", "pager.offset:integer",
                "pager.limit:integer");
        operation("event-users/invite", "{\"eventId\": 1, \"firstName\": \"Ada\", \"lastName\": \"Lovelace\","
                        + " \"email\": \"ada@example.com\"}",
                "eventId:integer", "firstName:string", "lastName:string", "email:string", "title:string",
                "company:string", "bio:string", "roles:strings", "imageUrlEntryId:string", "skipEmail:boolean");
        operation("event-users/list", "{\"eventId\": 1, \"filter\": {}, \"pager\": {}}",
                "eventId:integer", "filter:object", "filter.searchTerm:string", "filter.roles:strings",
                "filter.idIn:strings", "pager:object", "pager.offset:integer", "pager.limit:integer",
                "orderBy:string");
        operation("event-users/update", "{\"eventId\": 1, \"userId\": \"u\"}",
                "eventId:integer", "userId:string", "firstName:string", "lastName:string", "title:string",
                "company:string", "bio:string", "roles:strings", "imageUrlEntryId:string");
        operation("event-users/delete", "{\"eventId\": 1, \"userId\": \"u\"}", "eventId:integer", "userId:string");
        operation("session-participants/add", "{\"eventId\": 1, \"sessionId\": \"1_abcdefgh\","
                        + " \"speakers\": [{\"userId\": \"u\"}]}",
                "eventId:integer", "sessionId:string", "speakers:objects", "speakers[0].userId:string",
                "speakers[0].order:integer", "speakers[0].isHidden:boolean", "speakers[0].role:string",
                "moderatorIds:strings");
        operation("session-participants/remove", "{\"eventId\": 1, \"sessionId\": \"1_abcdefgh\"}",
                "eventId:integer", "sessionId:string", "speakerIds:strings", "moderatorIds:strings");
        operation("session-participants/update", "{\"eventId\": 1, \"sessionId\": \"1_abcdefgh\","
                        + " \"speakers\": [{\"userId\": \"u\"}]}",
                "eventId:integer", "sessionId:string", "speakers:objects", "speakers[0].userId:string",
                "speakers[0].order:integer", "speakers[0].isHidden:boolean", "speakers[0].role:string");
        operation("session-participants/list", "{\"eventId\": 1, \"sessionId\": \"1_abcdefgh\"}",
                "eventId:integer", "sessionId:string");
    }

    /** Values of every JSON type but the one expected, each with what the answer must say. */
    private static Map<String, String> wrongValues(String type) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (type) {
            case "string", "date" -> {
                values.put("1", "must be a string");
                values.put("true", "must be a string");
                values.put("[\"a\"]", "must be a string");
                values.put("{\"a\": \"b\"}", "must be a string");
            }
            case "integer" -> {
                values.put("\"123\"", "must be a number");
                values.put("1.5", "must be a whole number");
                values.put("true", "must be a number");
                values.put("[1]", "must be a number");
                values.put("{\"a\": 1}", "must be a number");
            }
            case "boolean" -> {
                values.put("\"true\"", "must be a boolean");
                values.put("1", "must be a boolean");
                values.put("[true]", "must be a boolean");
                values.put("{\"a\": true}", "must be a boolean");
            }
            case "object" -> {
                values.put("\"a\"", "must be an object");
                values.put("1", "must be an object");
                values.put("true", "must be an object");
                values.put("[{}]", "must be an object");
            }
            case "strings", "integers", "objects" -> {
                values.put("\"a\"", "must be an array");
                values.put("1", "must be an array");
                values.put("true", "must be an array");
                values.put("{\"a\": [\"b\"]}", "must be an array");
            }
            default -> throw new IllegalArgumentException(type);
        }
        return values;
    }

    /** Items of the wrong type for an array field: {@code [1]} where strings are expected. */
    private static Map<String, String> wrongItems(String type) {
        Map<String, String> items = new LinkedHashMap<>();
        switch (type) {
            case "strings" -> {
                items.put("1", "[0] must be a string");
                items.put("true", "[0] must be a string");
                items.put("[\"a\"]", "[0] must be a string");
                items.put("{\"a\": \"b\"}", "[0] must be a string");
            }
            case "integers" -> {
                items.put("\"123\"", "[0] must be a number");
                items.put("1.5", "[0] must be a whole number");
                items.put("[1]", "[0] must be a number");
            }
            case "objects" -> {
                items.put("\"a\"", "[0] must be an object");
                items.put("1", "[0] must be an object");
                items.put("[{}]", "[0] must be an object");
            }
            default -> {
            }
        }
        return items;
    }

    static Stream<Arguments> fields() {
        List<Arguments> fields = new ArrayList<>();
        for (Operation operation : OPERATIONS.values()) {
            for (String field : operation.fields()) {
                String[] parts = field.split(":");
                fields.add(Arguments.of(operation.name(), parts[0], parts[1]));
            }
        }
        return fields.stream();
    }

    static Stream<String> operations() {
        return OPERATIONS.keySet().stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void the_body_each_check_starts_from_is_well_formed(String operation) {
        ApiResponse response = api.post(operation, OPERATIONS.get(operation).body());

        assertThat(response.status()).as("%s: %s", operation, response.rawBody()).isNotEqualTo("InvalidArgument");
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("fields")
    void a_value_of_another_json_type_is_400_naming_the_field_and_the_type(String operation, String field,
                                                                        String type) {
        SoftAssertions softly = new SoftAssertions();
        wrongValues(type).forEach((value, expected) ->
                assertRefused(softly, operation, field, value, field + " " + expected));
        wrongItems(type).forEach((item, expected) ->
                assertRefused(softly, operation, field, "[" + item + "]", field + expected));
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void a_field_the_operation_does_not_take_is_400_naming_it(String operation) {
        ApiResponse response = api.post(operation, with(OPERATIONS.get(operation).body(), "surprise", "1"));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).startsWith("surprise is not a field of " + operation);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fields")
    void a_nested_object_takes_only_its_own_fields(String operation, String field, String type) {
        if (!type.equals("object") && !field.endsWith("[0].userId")) {
            return;
        }
        String object = type.equals("object") ? field : field.substring(0, field.length() - ".userId".length());
        ApiResponse response = api.post(operation, with(OPERATIONS.get(operation).body(), object + ".surprise", "1"));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.message()).startsWith(object + ".surprise is not a field of " + object);
    }

    /** The attack run's finding: labels belong to events/update and events/list, not to events/create. */
    @Test
    void labels_on_events_create_are_refused_rather_than_dropped() {
        ApiResponse response = api.post("events/create", with(OPERATIONS.get("events/create").body(), "labels", "\"a\""));

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.message()).contains("labels is not a field of events/create", "events/update");
        assertThat(api.post("events/list", "{}").json().path("totalCount").asInt()).isZero();
    }

    private void assertRefused(SoftAssertions softly, String operation, String field, String value, String expected) {
        ApiResponse response = api.post(operation, with(OPERATIONS.get(operation).body(), field, value));
        softly.assertThat(response.statusCode()).as("%s %s = %s: %s", operation, field, value, response.rawBody())
                .isEqualTo(400);
        softly.assertThat(response.status()).as("%s %s = %s", operation, field, value).isEqualTo("InvalidArgument");
        softly.assertThat(response.message()).as("%s %s = %s", operation, field, value).startsWith(expected);
    }

    /** The body with {@code value} (JSON) at {@code path} ({@code filter.idIn}, {@code speakers[0].order}). */
    private static String with(String body, String path, String value) {
        try {
            ObjectNode root = (ObjectNode) Api.JSON.readTree(body);
            JsonNode parsed = Api.JSON.readTree(value);
            String[] steps = path.split("\\.");
            ObjectNode at = root;
            for (int i = 0; i < steps.length - 1; i++) {
                String step = steps[i];
                if (step.endsWith("[0]")) {
                    at = (ObjectNode) ((ArrayNode) at.get(step.substring(0, step.length() - 3))).get(0);
                } else {
                    at = at.has(step) ? (ObjectNode) at.get(step) : at.putObject(step);
                }
            }
            at.set(steps[steps.length - 1], parsed);
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
