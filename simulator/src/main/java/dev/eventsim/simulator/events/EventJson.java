package dev.eventsim.simulator.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.eventsim.simulator.http.Json;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events as the API writes them, kept once written: events/list serves the same events again and
 * again, and an event never changes (a change stores a new one), so the JSON of an event, as the
 * one mapper writes it, is kept next to the event it was made from and reused while that very
 * event is the one listed. The recent ones only: at most {@link #KEPT}.
 */
final class EventJson {
    private static final int KEPT = 10_000;
    private static final ObjectWriter VIEW = Json.mapper().writerFor(EventView.class);

    private record Written(Event event, SerializedString json) {
    }

    private final Map<Long, Written> written = new ConcurrentHashMap<>();

    /** The event's JSON, to be written as it is into an answer. */
    RawValue of(Event event) {
        Written kept = written.get(event.id());
        if (kept == null || kept.event() != event) {
            try {
                kept = new Written(event, new SerializedString(VIEW.writeValueAsString(EventView.of(event))));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            if (written.size() >= KEPT) {
                written.clear();
            }
            written.put(event.id(), kept);
        }
        return new RawValue(kept.json());
    }
}
