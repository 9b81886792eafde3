package dev.eventsim.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsSmokeTest extends ApiTest {

    @Test
    void a_created_event_is_listed() {
        ApiResponse created = api.post("events/create", Events.anEvent().withName("Launch").body());
        assertThat(created.statusCode()).isEqualTo(200);
        long id = created.json().path("event").path("id").asLong();

        ApiResponse listed = api.post("events/list", Map.of());

        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(1);
        assertThat(listed.json().path("events").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(listed.json().path("events").get(0).path("name").asText()).isEqualTo("Launch");
    }
}
