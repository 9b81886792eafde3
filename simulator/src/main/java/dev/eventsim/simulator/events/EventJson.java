package dev.eventsim.simulator.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.api.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Events and pages of events/list as the API writes them, kept once written. An event never
 * changes (a change stores a new one), and the events table hands out the same page again while
 * nothing changed, so the JSON the one mapper writes for an event (the recent {@link #EVENTS_KEPT})
 * and for a whole page (the recent {@link #PAGES_KEPT}) is kept next to the very object it was
 * made from, and reused while that object is the one answered.
 */
final class EventJson {
    private static final int EVENTS_KEPT = 10_000;
    /** An event's JSON is a few hundred bytes; its object (kept too, as the key of freshness) about as much. */
    private static final long EVENT_BYTES_KEPT = 16 << 20;
    private static final int PAGES_KEPT = 64; // a power of two
    /** A larger page (long descriptions) is written afresh each time, so the pages stay within 64 × 64 KiB. */
    private static final int PAGE_BYTES_KEPT = 64 << 10;
    /** Made on first use: the start need not wait for a second mapper. */
    private static final class View {
        static final ObjectWriter WRITER = Json.mapper().writerFor(EventView.class);
    }
    private static final byte[] LIST_START = bytes("{\"events\":[");
    private static final byte[] COUNT = bytes("],\"totalCount\":");
    private static final byte[] LIST_END = bytes(",\"status\":\"ok\"}");

    private record WrittenEvent(Event event, byte[] json) {
    }

    private record WrittenPage(EventPage page, byte[] json) {
    }

    private final BoundedCache<Long, WrittenEvent> events =
            new BoundedCache<>("event-json", EVENTS_KEPT, EVENT_BYTES_KEPT);
    private final AtomicReferenceArray<WrittenPage> pages = new AtomicReferenceArray<>(PAGES_KEPT);

    /** The events' JSON kept, for the metrics. */
    CacheSize events() {
        return events;
    }

    /** The pages' JSON kept, for the metrics; counted over the slots when asked. */
    CacheSize pages() {
        return new CacheSize() {
            @Override
            public String name() {
                return "list-page-json";
            }

            @Override
            public int entries() {
                int entries = 0;
                for (int i = 0; i < PAGES_KEPT; i++) {
                    entries += pages.get(i) == null ? 0 : 1;
                }
                return entries;
            }

            @Override
            public long bytes() {
                long bytes = 0;
                for (int i = 0; i < PAGES_KEPT; i++) {
                    WrittenPage page = pages.get(i);
                    bytes += page == null ? 0 : page.json().length;
                }
                return bytes;
            }

            @Override
            public int maxEntries() {
                return PAGES_KEPT;
            }

            @Override
            public long maxBytes() {
                return (long) PAGES_KEPT * PAGE_BYTES_KEPT;
            }
        };
    }

    /** {@code {"events": [...], "totalCount": n, "status": "ok"}}, as the mapper writes an EventListResponse. */
    byte[] listAnswer(EventPage page) {
        int slot = System.identityHashCode(page) & (PAGES_KEPT - 1);
        WrittenPage kept = pages.get(slot);
        if (kept != null && kept.page() == page) {
            return kept.json();
        }
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
        byte[] answer = at == size ? json : java.util.Arrays.copyOf(json, at);
        if (answer.length <= PAGE_BYTES_KEPT) {
            pages.set(slot, new WrittenPage(page, answer));
        }
        return answer;
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
