package dev.eventsim.simulator.events;

import static dev.eventsim.simulator.events.EventSteps.assertInvalidArgument;
import static dev.eventsim.simulator.events.EventSteps.assertNotFound;
import static dev.eventsim.simulator.events.EventSteps.created;
import static dev.eventsim.simulator.events.EventSteps.createdId;
import static dev.eventsim.simulator.events.EventSteps.ids;
import static dev.eventsim.simulator.events.EventSteps.listed;
import static dev.eventsim.simulator.events.EventSteps.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** events/delete: the answer, what disappears with the event, and what stays. */
class EventsDeleteTest extends ApiTest {

    @Test
    void delete_answers_with_the_event_as_it_was_and_status_ok() {
        long id = createdId(api, Events.anEvent().withTemplate("tm1000").withName("Doomed"));
        api.post("events/update", Map.of("id", id, "labels", List.of("old"), "logoEntryId", "1_abcd1234"));
        JsonNode before = stored(api, id);

        ApiResponse response = api.post("events/delete", Map.of("id", id));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
        assertThat(response.json().path("event")).as("the deleted event, as stored just before")
                .isEqualTo(before);
    }

    @Test
    void a_deleted_event_is_gone_from_list_and_its_sessions_with_it() {
        long id = createdId(api, Events.anEvent().withTemplate("tm4000"));

        api.post("events/delete", Map.of("id", id));

        assertThat(listed(api, Map.of()).json().path("totalCount").asInt()).isZero();
        assertThat(stored(api, id)).as("not even when asked for by id").isNull();
        assertNotFound(api.post("sessions/list", Map.of("eventId", id)));
    }

    @Test
    void deleting_an_event_twice_is_not_found_the_second_time() {
        long id = createdId(api, Events.anEvent());
        assertThat(api.post("events/delete", Map.of("id", id)).statusCode()).isEqualTo(200);

        ApiResponse second = api.post("events/delete", Map.of("id", id));

        assertNotFound(second);
        assertThat(second.message()).as("the message names the id").contains(String.valueOf(id));
    }

    @Test
    void deleting_one_event_leaves_the_others_and_their_sessions_alone() {
        long doomed = createdId(api, Events.anEvent().withTemplate("tm4000").withName("Doomed"));
        JsonNode kept = created(api, Events.anEvent().withTemplate("tm4000").withName("Kept"));
        long other = createdId(api, Events.anEvent().withTemplate("tm2000").withName("Other"));
        long keptId = kept.path("id").asLong();
        JsonNode keptSessions = api.post("sessions/list", Map.of("eventId", keptId)).json().path("sessions");
        JsonNode otherSessions = api.post("sessions/list", Map.of("eventId", other)).json().path("sessions");

        api.post("events/delete", Map.of("id", doomed));

        assertThat(ids(listed(api, Map.of()))).containsExactlyInAnyOrder(keptId, other);
        assertThat(stored(api, keptId)).isEqualTo(kept);
        assertThat(keptSessions.size()).isEqualTo(2);
        assertThat(api.post("sessions/list", Map.of("eventId", keptId)).json().path("sessions"))
                .as("the sessions of another tm4000 event are untouched").isEqualTo(keptSessions);
        assertThat(api.post("sessions/list", Map.of("eventId", other)).json().path("sessions"))
                .isEqualTo(otherSessions);
    }

    @Test
    void a_deleted_id_is_not_given_to_a_new_event() {
        long doomed = createdId(api, Events.anEvent());
        api.post("events/delete", Map.of("id", doomed));

        long next = createdId(api, Events.anEvent().withTemplate("tm2000"));

        assertThat(next).isGreaterThan(doomed);
    }

    @Test
    void delete_of_an_unknown_id_is_not_found() {
        createdId(api, Events.anEvent());

        assertNotFound(api.post("events/delete", Map.of("id", 987_654_321L)));
        assertThat(listed(api, Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void delete_with_the_id_as_a_string_is_refused() {
        long id = createdId(api, Events.anEvent());

        assertInvalidArgument(api.post("events/delete", Map.of("id", String.valueOf(id))), "id");
        assertThat(stored(api, id)).as("still there").isNotNull();
    }

    @Test
    void delete_without_an_id_is_refused() {
        createdId(api, Events.anEvent());

        assertInvalidArgument(api.post("events/delete", Map.of()), "id");
        assertThat(listed(api, Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
    }
}
