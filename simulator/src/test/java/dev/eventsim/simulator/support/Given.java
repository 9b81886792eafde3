package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Test data set up through the public API, each step checked so a broken setup fails where it breaks. */
public final class Given {
    private Given() {
    }

    /** A blank event (no sessions); its id. */
    public static long anEvent(Api api) {
        ApiResponse created = api.post("events/create", Events.anEvent().body());
        assertThat(created.statusCode()).as("events/create: %s", created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    /** A new LiveWebcast session of the event; its id. */
    public static String aSession(Api api, long eventId) {
        ApiResponse created = api.post("sessions/create", Map.of("eventId", eventId, "session", Map.of(
                "name", "Keynote", "type", "LiveWebcast",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z")));
        assertThat(created.statusCode()).as("sessions/create: %s", created.rawBody()).isEqualTo(200);
        return created.json().path("session").path("id").asText();
    }

    /** An invited user; their id. */
    public static String aUser(Api api, Users user) {
        return invited(api, user).path("id").asText();
    }

    /** An invited user as invite returned them. */
    public static JsonNode invited(Api api, Users user) {
        ApiResponse invited = api.post("event-users/invite", user.body());
        assertThat(invited.statusCode()).as("event-users/invite: %s", invited.rawBody()).isEqualTo(200);
        return invited.json().path("user");
    }
}
