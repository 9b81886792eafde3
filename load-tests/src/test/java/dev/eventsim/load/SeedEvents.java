package dev.eventsim.load;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The events a run lists: created through the Events API before the load starts (the simulator's
 * control plane has no seeding operation yet), so the same set-up works on a real region. Each
 * has a preset template, a start date a day after the previous one and one of three labels.
 */
final class SeedEvents {
    static final Instant FIRST_START = Instant.parse("2032-03-01T09:00:00Z");
    static final List<String> COLOURS = List.of("blue", "green", "red");

    private SeedEvents() {
    }

    static Instant start(int i) {
        return FIRST_START.plus(i, ChronoUnit.DAYS);
    }

    /** Creates {@code count} events named {@code <prefix> seed <i>}; returns how long it took. */
    static long create(Target target, Run run, int count) {
        long started = System.nanoTime();
        EventsApiClient client = target.client();
        for (int i = 0; i < count; i++) {
            long id = client.require("events/create", Map.of(
                    "templateId", Events.PRESET_TEMPLATES.get(i % Events.PRESET_TEMPLATES.size()),
                    "name", run.prefix() + " seed " + i,
                    "startDate", start(i).toString(),
                    "endDate", start(i).plus(3, ChronoUnit.HOURS).toString(),
                    "timezone", "Europe/Berlin")).path("event").path("id").asLong();
            run.createdEvent(id);
            // events/create takes no labels: an update adds them
            client.require("events/update", Map.of(
                    "id", id, "labels", List.of(run.label(COLOURS.get(i % COLOURS.size())))));
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
