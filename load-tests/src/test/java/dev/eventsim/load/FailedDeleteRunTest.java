package dev.eventsim.load;

import static dev.eventsim.load.GatlingRun.ASSERTIONS_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event whose events/delete failed during a run against a URL is not counted as deleted: the
 * clean-up deletes it by the id the run kept, so its sweep by name (a safety net: a real region's
 * search may not list a fresh event yet) never has to find it. Seen in the target's journal.
 */
class FailedDeleteRunTest {
    private EventsSimulator region;

    @BeforeEach
    void startTheRegion() {
        region = EventsSimulator.start(SimulatorOptions.defaults().withHost("127.0.0.1").withPort(0)
                .withAuthMode(AuthMode.lenient));
        region.control().jobProgression(Progression.immediate());
    }

    @AfterEach
    void stopTheRegion() {
        region.close();
    }

    @Test
    void an_event_whose_delete_failed_stays_live_and_the_clean_up_deletes_it_by_its_id() {
        region.control().addFault(NewFaultRule.of(FaultAction.respond(503, "busy"))
                .withOperations("events/delete").withTimes(1));

        GatlingRun.Outcome run = GatlingRun.oneSmokeUser()
                .knob("target", region.apiBaseUrl()).run(SmokeSimulation.class);

        assertThat(run.exitCode())
                .as("Gatling's exit code: the failed delete is a failed request; the run printed:%n%s",
                        run.console())
                .isEqualTo(ASSERTIONS_FAILED);
        List<JournalEntry> calls = journal("events/delete", "events/list");
        JournalEntry failed = calls.stream().filter(call -> call.fault() != null).findFirst().orElseThrow();
        long eventId = json(failed.requestBody()).path("id").asLong();
        List<JournalEntry> later = calls.subList(calls.indexOf(failed) + 1, calls.size());
        assertThat(later).filteredOn(call -> call.operation().equals("events/delete")
                        && json(call.requestBody()).path("id").asLong() == eventId)
                .as("events/delete of event %d after the failed one", eventId)
                .extracting(JournalEntry::status).containsExactly("ok");
        List<JournalEntry> sweep = later.stream().filter(call -> call.operation().equals("events/list")).toList();
        assertThat(sweep).as("the clean-up's sweep by name").isNotEmpty()
                .allSatisfy(page -> assertThat(ids(page)).as("events a sweep page listed").doesNotContain(eventId));
        EventsApiClient client = new EventsApiClient(region.apiBaseUrl(), "any token", 0);
        assertThat(client.require("events/list", Map.of()).path("totalCount").asInt()).as("events left").isZero();
    }

    /** The calls of these operations, oldest first, with their bodies. */
    private List<JournalEntry> journal(String... operations) {
        return region.control().journal(new JournalQuery(Set.of(operations), null, null, null, null, null, 1000, true))
                .entries().stream().sorted(Comparator.comparingLong(JournalEntry::id)).toList();
    }

    /** The ids of the events an events/list call answered. */
    private static List<Long> ids(JournalEntry list) {
        return StreamSupport.stream(json(list.responseBody()).path("events").spliterator(), false)
                .map(event -> event.path("id").asLong()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return HttpJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
