package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Journals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** --unknown-fields: a field an operation does not take is named (warn), refused (reject) or let pass (ignore). */
class UnknownFieldsTest {

    private static Api apiOf(EventsSimulator simulator) {
        return new Api(simulator.baseUrl(), simulator.adminKs());
    }

    private static long createEvent(Api api) {
        ApiResponse created = api.post("events/create", Events.anEvent().withName("Town hall").body());
        assertThat(created.statusCode()).as(created.rawBody()).isEqualTo(200);
        return created.json().path("event").path("id").asLong();
    }

    private static JsonNode eventOf(Api api, long id) {
        return api.post("events/list", Map.of("filter", Map.of("idIn", List.of(id)))).json().path("events").get(0);
    }

    private static JournalEntry lastCall(Api api, String operation) {
        return api.control().journal(Journals.entries().ofOperation(operation).limit(1).query()).entries().get(0);
    }

    @Nested
    class Warn {
        @Test
        void a_typo_answers_as_usual_and_is_named_in_a_header_and_the_journal() {
            try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
                Api api = apiOf(simulator);
                long id = createEvent(api);

                ApiResponse updated = api.post("events/update", Map.of("id", id, "nme", "typo"));

                assertThat(updated.statusCode()).isEqualTo(200);
                assertThat(updated.header(UnknownFields.HEADER)).isEqualTo("nme");
                assertThat(eventOf(api, id).path("name").asText()).isEqualTo("Town hall");
                assertThat(lastCall(api, "events/update").unknownFields()).isEqualTo("nme");
            }
        }

        @Test
        void nested_fields_are_named_by_their_path_on_every_call_that_sends_them() {
            try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
                Api api = apiOf(simulator);
                Map<String, Object> body = Map.of("filter", Map.of("serchTerm", "x"), "pagr", Map.of());

                ApiResponse first = api.post("events/list", body);
                ApiResponse again = api.post("events/list", body);

                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(first.header(UnknownFields.HEADER)).contains("filter.serchTerm", "pagr");
                assertThat(again.header(UnknownFields.HEADER)).as("the same bytes again: the same news")
                        .isEqualTo(first.header(UnknownFields.HEADER));
            }
        }

        @Test
        void a_call_refused_for_another_reason_still_names_them() {
            try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
                ApiResponse refused = apiOf(simulator).post("events/update", Map.of("id", 999_999, "nme", "typo"));

                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(refused.header(UnknownFields.HEADER)).isEqualTo("nme");
            }
        }

        @Test
        void a_call_without_unknown_fields_has_no_header_and_no_mark() {
            try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
                Api api = apiOf(simulator);
                createEvent(api);

                assertThat(api.post("events/list", Map.of()).header(UnknownFields.HEADER)).isNull();
                assertThat(lastCall(api, "events/create").unknownFields()).isNull();
            }
        }
    }

    @Nested
    class Reject {
        @Test
        void a_typo_is_a_400_naming_it_and_changes_nothing() {
            try (EventsSimulator simulator = EventsSimulator.start(
                    SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.reject))) {
                Api api = apiOf(simulator);
                long id = createEvent(api);
                String updatedAt = eventOf(api, id).path("updatedAt").asText();

                ApiResponse refused = api.post("events/update", Map.of("id", id, "name", "New", "nme", "typo"));

                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.status()).isEqualTo("InvalidArgument");
                assertThat(refused.message()).startsWith("nme is not a field of events/update; it takes id, name");
                assertThat(eventOf(api, id).path("name").asText()).isEqualTo("Town hall");
                assertThat(eventOf(api, id).path("updatedAt").asText()).isEqualTo(updatedAt);
            }
        }
    }

    @Nested
    class Ignore {
        @Test
        void a_typo_passes_without_a_word() {
            try (EventsSimulator simulator = EventsSimulator.start(
                    SimulatorOptions.defaults().withUnknownFields(UnknownFields.Mode.ignore))) {
                Api api = apiOf(simulator);
                long id = createEvent(api);

                ApiResponse updated = api.post("events/update", Map.of("id", id, "nme", "typo"));

                assertThat(updated.statusCode()).isEqualTo(200);
                assertThat(updated.header(UnknownFields.HEADER)).isNull();
                assertThat(lastCall(api, "events/update").unknownFields()).isNull();
            }
        }
    }
}
