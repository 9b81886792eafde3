package dev.eventsim.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.api.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept JSON of events/list is byte for byte what the mapper writes for the answer. */
class EventJsonTest {
    private final EventJson json = new EventJson();

    @Test
    void a_page_is_written_as_the_mapper_writes_it_and_reused_only_for_that_very_page() throws Exception {
        Instant at = Instant.parse("2030-05-01T14:00:00.123456Z");
        List<Event> events = new ArrayList<>();
        events.add(new Event(10_001, 1000001, "Town hall \"Q3\" – ünïcödé ✓ \uD83D\uDE80", "line\nbreak\ttab\\",
                at, at.plusSeconds(3600), "Europe/Berlin", "1_abcdefgh", null, List.of("sales", "emea"),
                List.of("en"), true, at, "tm2000", "Webcast", at, at));
        events.add(new Event(10_002, 1000001, "Plain", "", at, at.plusSeconds(60), "UTC", null, "1_bannerxx",
                List.of(), List.of("en"), true, at.minusSeconds(600), "0123456789abcdef01234567", "Custom template",
                at, at.plusMillis(1)));
        EventPage page = new EventPage(events, 1234);

        byte[] written = json.listAnswer(page);

        assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Json.mapper().writeValueAsString(new EventsController.EventListResponse(
                        events.stream().map(EventView::of).toList(), 1234, "ok")));
        assertThat(json.listAnswer(page)).as("the same page again: the same bytes").isSameAs(written);
        assertThat(json.listAnswer(new EventPage(events, 1235))).as("another page").isNotEqualTo(written);
        assertThat(new String(json.listAnswer(new EventPage(List.of(), 0)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"events\":[],\"totalCount\":0,\"status\":\"ok\"}");
    }

    @Test
    void an_event_changed_under_the_same_id_is_written_afresh() {
        Instant at = Instant.parse("2030-05-01T14:00:00Z");
        Event before = new Event(10_001, 1, "Before", "", at, at.plusSeconds(60), "UTC", null, null, List.of(),
                List.of("en"), true, at, "tm0000", "Blank", at, at);
        Event after = new Event(10_001, 1, "After", "", at, at.plusSeconds(60), "UTC", null, null, List.of(),
                List.of("en"), true, at, "tm0000", "Blank", at, at.plusSeconds(1));
        assertThat(new String(json.of(before), java.nio.charset.StandardCharsets.UTF_8)).contains("\"Before\"");
        assertThat(new String(json.of(after), java.nio.charset.StandardCharsets.UTF_8)).contains("\"After\"");
    }
}
