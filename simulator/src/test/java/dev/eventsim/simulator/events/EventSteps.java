package dev.eventsim.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Steps the events tests share: create and expect success, read ids and events out of answers. */
final class EventSteps {
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private EventSteps() {
    }

    /** Creates the event, expects 200 and returns the event object of the answer. */
    static ObjectNode created(Api api, Events event) {
        ApiResponse response = api.post("events/create", event.body());
        assertThat(response.statusCode()).as("events/create answer: %s", response.rawBody()).isEqualTo(200);
        return (ObjectNode) response.json().path("event");
    }

    static long createdId(Api api, Events event) {
        return created(api, event).path("id").asLong();
    }

    /** events/list with the given body, expecting 200. */
    static ApiResponse listed(Api api, Map<String, ?> body) {
        ApiResponse response = api.post("events/list", body);
        assertThat(response.statusCode()).as("events/list answer: %s", response.rawBody()).isEqualTo(200);
        return response;
    }

    static List<Long> ids(ApiResponse list) {
        List<Long> ids = new ArrayList<>();
        list.json().path("events").forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    /** The stored event as events/list shows it, or null when the list does not show it. */
    static JsonNode stored(Api api, long id) {
        JsonNode events = listed(api, Map.of("filter", Map.of("idIn", List.of(id)))).json().path("events");
        return events.isEmpty() ? null : events.get(0);
    }

    static int totalCount(Api api) {
        return listed(api, Map.of()).json().path("totalCount").asInt();
    }

    /** The session types of an event, from sessions/list. */
    static List<String> sessionTypes(Api api, long eventId) {
        ApiResponse sessions = api.post("sessions/list", Map.of("eventId", eventId));
        assertThat(sessions.statusCode()).as("sessions/list answer: %s", sessions.rawBody()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        sessions.json().path("sessions").forEach(s -> types.add(s.path("type").asText()));
        return types;
    }

    /** Expects a 400 InvalidArgument whose message names the field. */
    static void assertInvalidArgument(ApiResponse response, String field) {
        assertThat(response.statusCode()).as("answer: %s", response.rawBody()).isEqualTo(400);
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).as("the message names the field").contains(field);
    }

    static void assertNotFound(ApiResponse response) {
        assertThat(response.statusCode()).as("answer: %s", response.rawBody()).isEqualTo(404);
        assertThat(response.status()).isEqualTo("ResourceDoesNotExist");
    }
}
