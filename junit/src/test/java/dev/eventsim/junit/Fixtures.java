package dev.eventsim.junit;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.NewEvent;
import java.time.Duration;
import java.time.Instant;

/** Test data made through the reference client. */
final class Fixtures {
    static final Instant START = Instant.parse("2030-05-01T14:00:00Z");

    private Fixtures() {
    }

    /** A blank event named {@code name}, an hour long. */
    static Event anEvent(EventsClient client, String name) {
        return client.events().create(NewEvent.builder()
                .templateId("tm0000").name(name).timezone("UTC")
                .startDate(START).endDate(START.plus(Duration.ofHours(1)))
                .build());
    }
}
