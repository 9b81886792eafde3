package dev.eventsim.simulator.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.api.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Events as the API writes them, kept once written, and pages of events/list put together from
 * them. An event never changes (a change stores a new one), so the JSON the one mapper writes for
 * an event (the recent {@link #EVENTS_KEPT}) is kept next to the very object it was made from, and
 * reused while that object is the one answered.
 */
final class EventJson {
    private static final int EVENTS_KEPT = 10_000;
    /** An event's JSON is a few hundred bytes; its object (kept too, as the key of freshness) about as much. */
    private static final long EVENT_BYTES_KEPT = 16 << 20;
    /** Made on first use: the start need not wait for a second mapper. */
    private static final class View {
        static final ObjectWriter WRITER = Json.mapper().writerFor(EventView.class);
    }
    private static final byte[] LIST_START = bytes("{\"events\":[");
    private static final byte[] COUNT = bytes("],\"totalCount\":");
    private static final byte[] LIST_END = bytes(",\"status\":\"ok\"}");

    private record WrittenEvent(Event event, byte[] json) {
    }

    private final BoundedCache<Long, WrittenEvent> events =
            new BoundedCache<>("event-json", EVENTS_KEPT, EVENT_BYTES_KEPT);

    /** The events' JSON kept, for the metrics. */
    CacheSize events() {
        return events;
    }

    /** {@code {"events": [...], "totalCount": n, "status": "ok"}}, as the mapper writes an EventListResponse. */
    byte[] listAnswer(EventPage page) {
        byte[][] parts = new byte[page.events().size()][];
        int size = LIST_START.length + COUNT.length + LIST_END.length + 11 + parts.length;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = of(page.events().get(i));
            size += parts[i].length;
        }
        byte[] json = new byte[size];
        int at = put(json, 0, LIST_START);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                json[at++] = ',';
            }
            at = put(json, at, parts[i]);
        }
        at = put(json, at, COUNT);
        at = put(json, at, bytes(Integer.toString(page.totalCount())));
        at = put(json, at, LIST_END);
        return at == size ? json : Arrays.copyOf(json, at);
    }

    /** The event's JSON, as the mapper writes an EventView; shared, never to be changed. */
    byte[] of(Event event) {
        WrittenEvent kept = events.get(event.id());
        if (kept == null || kept.event() != event) {
            try {
                kept = new WrittenEvent(event, new SerializedString(View.WRITER.writeValueAsString(EventView.of(event)))
                        .asUnquotedUTF8());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            events.put(event.id(), kept, 2 * kept.json().length + 256);
        }
        return kept.json();
    }

    private static int put(byte[] into, int at, byte[] part) {
        System.arraycopy(part, 0, into, at, part.length);
        return at + part.length;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
