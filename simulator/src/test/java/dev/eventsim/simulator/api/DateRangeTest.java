package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: a date-time of any operation lies in the years 0001 to 9999 (UTC), the years an
 * answer can write as four digits; outside them it is a 400 naming the field and the value, never
 * accepted and echoed as {@code +10000-05-01...} or with the end before the start.
 */
class DateRangeTest extends ApiTest {
    private static final List<String> OUT_OF_RANGE = List.of(
            "-9999-05-01T14:00:00Z",
            "0000-05-01T14:00:00Z",
            "+10000-05-01T14:00:00Z",
            "0001-01-01T00:30:00+01:00", // the last day of year 0 in UTC
            "9999-12-31T23:30:00-01:00"); // the first hour of year 10000 in UTC

    /** Every date-time field of every operation, in a body that is otherwise well formed. */
    static Stream<Arguments> dateFields() {
        String event = "{\"templateId\": \"tm0000\", \"name\": \"n\", \"timezone\": \"UTC\", "
                + "\"startDate\": \"2030-05-01T14:00:00Z\", \"endDate\": \"2030-05-01T16:00:00Z\"}";
        String session = "{\"eventId\": 1, \"session\": {\"name\": \"n\", \"type\": \"MeetingEntry\", "
                + "\"startDate\": \"2030-05-01T14:00:00Z\", \"endDate\": \"2030-05-01T16:00:00Z\"}}";
        String duplicate = "{\"sourceEventId\": 1, \"event\": {\"name\": \"n\", \"timezone\": \"UTC\"}}";
        return Stream.of(
                Arguments.of("events/create", event, "", "startDate"),
                Arguments.of("events/create", event, "", "endDate"),
                Arguments.of("events/update", "{\"id\": 1}", "", "startDate"),
                Arguments.of("events/update", "{\"id\": 1}", "", "endDate"),
                Arguments.of("events/update", "{\"id\": 1}", "", "doorsOpenDate"),
                Arguments.of("events/list", "{\"filter\": {}}", "filter", "startDateGreaterThanOrEqual"),
                Arguments.of("events/list", "{\"filter\": {}}", "filter", "startDateLessOrEqualThan"),
                Arguments.of("events/list", "{\"filter\": {}}", "filter", "endDateGreaterThanOrEqual"),
                Arguments.of("events/list", "{\"filter\": {}}", "filter", "endDateLessOrEqualThan"),
                Arguments.of("events/duplicate", duplicate, "event", "startDate"),
                Arguments.of("events/duplicate", duplicate, "event", "endDate"),
                Arguments.of("sessions/create", session, "session", "startDate"),
                Arguments.of("sessions/create", session, "session", "endDate"));
    }

    @ParameterizedTest(name = "{0} {2}.{3}")
    @MethodSource("dateFields")
    void a_date_outside_the_years_0001_to_9999_is_400_naming_the_field_and_the_value(
            String operation, String body, String object, String field) throws Exception {
        String name = object.isEmpty() ? field : object + "." + field;
        SoftAssertions softly = new SoftAssertions();
        for (String date : OUT_OF_RANGE) {
            ApiResponse response = api.post(operation, put(body, object, field, date));

            softly.assertThat(response.statusCode()).as("%s %s = %s: %s", operation, name, date, response.rawBody())
                    .isEqualTo(400);
            softly.assertThat(response.status()).as("%s %s = %s", operation, name, date).isEqualTo("InvalidArgument");
            softly.assertThat(response.message()).as("%s %s = %s", operation, name, date)
                    .startsWith(name + " ").contains("'" + date + "'", "0001", "9999");
        }
        softly.assertAll();
    }

    @Test
    void the_first_and_the_last_millisecond_of_the_range_are_taken_and_written_back_as_sent() {
        ApiResponse created = api.post("events/create",
                Events.anEvent().withDates("0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z").body());

        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        assertThat(created.json().path("event").path("startDate").asText()).isEqualTo("0001-01-01T00:00:00.000Z");
        assertThat(created.json().path("event").path("endDate").asText()).isEqualTo("9999-12-31T23:59:59.999Z");
    }

    @Test
    void a_refused_date_creates_nothing() {
        ApiResponse refused = api.post("events/create",
                Events.anEvent().withDates("-9999-05-01T14:00:00Z", "2030-05-01T16:00:00Z").body());

        assertThat(refused.statusCode()).as(refused.rawBody()).isEqualTo(400);
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
    }

    private static String put(String body, String object, String field, String date) throws Exception {
        ObjectNode root = (ObjectNode) Api.JSON.readTree(body);
        ObjectNode at = object.isEmpty() ? root : (ObjectNode) root.get(object);
        at.put(field, date);
        return root.toString();
    }
}
