package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.state.EventRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A partner's events by id, kept so that events/list over a million of them answers in
 * milliseconds: the fields the filters and orders read live in columns (primitive arrays, one
 * slot per event, in id order), scanned without touching the events themselves, and an index
 * by name serves the name orders (see {@link EventSearch}). Answers to recent queries are kept
 * until the next change. Readers hold the partner's read lock and writers its write lock, so
 * nothing here changes under a reader. It is the partner's {@link EventRegistry}: what sessions and
 * every other event-scoped table belong to.
 */
public final class EventTable implements EventRegistry {
    private static final int RESULTS_KEPT = 256;
    private static final int RESULT_BYTES_KEPT = 1 << 20;

    // One slot per event, in id order; a deleted event leaves a null slot until the next compaction.
    private Event[] events = new Event[16];
    private long[] ids = new long[16];
    private long[] startSeconds = new long[16];
    private int[] startNanos = new int[16];
    private long[] endSeconds = new long[16];
    private int[] endNanos = new int[16];
    private long[] createdSeconds = new long[16];
    private int[] createdNanos = new int[16];
    private long[] labelBits = new long[16];
    private int[] templateCodes = new int[16];
    private int[] nameCodes = new int[16];
    private int used;
    private int live;

    private final NavigableSet<Event> byName = new TreeSet<>(EventOrder.NAME_ASC.comparator());
    private final LabelBits labels = new LabelBits();
    private final Map<String, Integer> templates = new HashMap<>();
    private EventNames names = new EventNames();
    private final BoundedCache<EventQuery, EventPage> results =
            new BoundedCache<>("events-list-answers", RESULTS_KEPT, RESULT_BYTES_KEPT);

    public EventTable() {
    }

    /** A table holding {@code rows}, which must not name an id twice. */
    EventTable(EventRows rows) {
        // in id order, as the table keeps them (rows read from a file might not be): each goes at the end
        List<Event> sorted = new ArrayList<>(rows.events());
        sorted.sort(Comparator.comparingLong(Event::id));
        for (Event event : sorted) {
            if (containsKey(event.id())) {
                throw new IllegalArgumentException("event " + event.id() + " appears twice");
            }
            put(event);
        }
    }

    @Override
    public EventRows export() {
        return new EventRows(values());
    }

    @Override
    public void removeEvent(long eventId) {
        remove(eventId);
    }

    @Override
    public Optional<String> foreignEvent(long partnerId) {
        for (int slot = 0; slot < used; slot++) {
            if (events[slot] != null && events[slot].partnerId() != partnerId) {
                return Optional.of("event " + events[slot].id() + " belongs to partner " + events[slot].partnerId());
            }
        }
        return Optional.empty();
    }

    public Event get(long id) {
        int slot = slotOf(id);
        return slot < 0 ? null : events[slot];
    }

    @Override
    public boolean containsKey(long id) {
        return get(id) != null;
    }

    public int size() {
        return live;
    }

    /** Every event, in id order. */
    public List<Event> values() {
        List<Event> all = new ArrayList<>(live);
        for (int slot = 0; slot < used; slot++) {
            if (events[slot] != null) {
                all.add(events[slot]);
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** The {@code limit} events with the highest ids, highest first. */
    public List<Event> highestIds(int limit) {
        List<Event> last = new ArrayList<>(Math.min(limit, live));
        for (int slot = used - 1; slot >= 0 && last.size() < limit; slot--) {
            if (events[slot] != null) {
                last.add(events[slot]);
            }
        }
        return Collections.unmodifiableList(last);
    }

    /** Stores an event, or replaces the one with its id. */
    public void put(Event event) {
        forgetResults();
        int slot = Arrays.binarySearch(ids, 0, used, event.id());
        if (slot >= 0) {
            Event old = events[slot];
            if (old != null) {
                byName.remove(old);
            } else {
                live++;
            }
        } else {
            slot = -slot - 1;
            openSlot(slot);
            live++;
        }
        write(slot, event);
        byName.add(event);
    }

    /** Removes the event with this id; returns it, or null if there was none. */
    public Event remove(long id) {
        int slot = slotOf(id);
        if (slot < 0 || events[slot] == null) {
            return null;
        }
        forgetResults();
        Event event = events[slot];
        byName.remove(event);
        events[slot] = null;
        live--;
        if (used - live > 1024 && used - live > live) {
            compact();
        }
        return event;
    }

    /** events/list: the page and the count of matches, from the answers kept if the query was asked since the last change. */
    EventPage search(EventQuery query) {
        EventPage page = results.get(query);
        if (page == null) {
            page = EventSearch.search(this, query);
            // the query's fields as text, and a reference per event of the page (the events are the table's)
            results.put(query, page, query.toString().length() + 8 * page.events().size() + 128);
        }
        return page;
    }

    // What EventSearch reads; slots run from 0 to used(), a null event marks a deleted one.

    int used() {
        return used;
    }

    Event event(int slot) {
        return events[slot];
    }

    /** The date columns and ids themselves, for a scan that compares them by the million; read only. */
    long[] idColumn() {
        return ids;
    }

    int[] nameCodeColumn() {
        return nameCodes;
    }

    long[] startSecondsColumn() {
        return startSeconds;
    }

    int[] startNanosColumn() {
        return startNanos;
    }

    long[] createdSecondsColumn() {
        return createdSeconds;
    }

    int[] createdNanosColumn() {
        return createdNanos;
    }

    long id(int slot) {
        return ids[slot];
    }

    int slotOf(long id) {
        int slot = Arrays.binarySearch(ids, 0, used, id);
        return slot >= 0 && events[slot] != null ? slot : -1;
    }

    long startSeconds(int slot) {
        return startSeconds[slot];
    }

    int startNanos(int slot) {
        return startNanos[slot];
    }

    long endSeconds(int slot) {
        return endSeconds[slot];
    }

    int endNanos(int slot) {
        return endNanos[slot];
    }

    long createdSeconds(int slot) {
        return createdSeconds[slot];
    }

    int createdNanos(int slot) {
        return createdNanos[slot];
    }

    long labelBits(int slot) {
        return labelBits[slot];
    }

    int templateCode(int slot) {
        return templateCodes[slot];
    }

    int nameCode(int slot) {
        return nameCodes[slot];
    }

    EventNames names() {
        return names;
    }

    LabelBits labels() {
        return labels;
    }

    /** The code of a template id some event was stored with, or -1 if no event ever had it. */
    int codeOfTemplate(String templateId) {
        Integer code = templates.get(templateId);
        return code == null ? -1 : code;
    }

    NavigableSet<Event> byName() {
        return byName;
    }

    /** The answers kept by every partner's table, for the metrics: each table keeps its own, within its bound. */
    public static CacheSize keptAnswers(Supplier<? extends Collection<EventTable>> tables) {
        return new CacheSize() {
            @Override
            public String name() {
                return "events-list-answers";
            }

            @Override
            public int entries() {
                return tables.get().stream().mapToInt(t -> t.results.entries()).sum();
            }

            @Override
            public long bytes() {
                return tables.get().stream().mapToLong(t -> t.results.bytes()).sum();
            }

            @Override
            public int maxEntries() {
                return RESULTS_KEPT * Math.max(1, tables.get().size());
            }

            @Override
            public long maxBytes() {
                return (long) RESULT_BYTES_KEPT * Math.max(1, tables.get().size());
            }
        };
    }

    private void forgetResults() {
        if (results.entries() > 0) {
            results.clear();
        }
    }

    private void write(int slot, Event event) {
        events[slot] = event;
        ids[slot] = event.id();
        startSeconds[slot] = event.startDate().getEpochSecond();
        startNanos[slot] = event.startDate().getNano();
        endSeconds[slot] = event.endDate().getEpochSecond();
        endNanos[slot] = event.endDate().getNano();
        Instant created = event.createdAt();
        createdSeconds[slot] = created.getEpochSecond();
        createdNanos[slot] = created.getNano();
        labelBits[slot] = labels.bitsOf(event.labels());
        templateCodes[slot] = templates.computeIfAbsent(event.templateId(), id -> templates.size());
        nameCodes[slot] = names.codeOf(event.name());
    }

    /** Makes room at {@code slot}: ids only grow, so this is the end but for an event restored out of order. */
    private void openSlot(int slot) {
        if (used == events.length) {
            grow(used + (used >> 1) + 1);
        }
        int moved = used - slot;
        if (moved > 0) {
            System.arraycopy(events, slot, events, slot + 1, moved);
            System.arraycopy(ids, slot, ids, slot + 1, moved);
            System.arraycopy(startSeconds, slot, startSeconds, slot + 1, moved);
            System.arraycopy(startNanos, slot, startNanos, slot + 1, moved);
            System.arraycopy(endSeconds, slot, endSeconds, slot + 1, moved);
            System.arraycopy(endNanos, slot, endNanos, slot + 1, moved);
            System.arraycopy(createdSeconds, slot, createdSeconds, slot + 1, moved);
            System.arraycopy(createdNanos, slot, createdNanos, slot + 1, moved);
            System.arraycopy(labelBits, slot, labelBits, slot + 1, moved);
            System.arraycopy(templateCodes, slot, templateCodes, slot + 1, moved);
            System.arraycopy(nameCodes, slot, nameCodes, slot + 1, moved);
        }
        used++;
    }

    private void grow(int capacity) {
        events = Arrays.copyOf(events, capacity);
        ids = Arrays.copyOf(ids, capacity);
        startSeconds = Arrays.copyOf(startSeconds, capacity);
        startNanos = Arrays.copyOf(startNanos, capacity);
        endSeconds = Arrays.copyOf(endSeconds, capacity);
        endNanos = Arrays.copyOf(endNanos, capacity);
        createdSeconds = Arrays.copyOf(createdSeconds, capacity);
        createdNanos = Arrays.copyOf(createdNanos, capacity);
        labelBits = Arrays.copyOf(labelBits, capacity);
        templateCodes = Arrays.copyOf(templateCodes, capacity);
        nameCodes = Arrays.copyOf(nameCodes, capacity);
    }

    /** Drops the slots of deleted events, keeping id order. */
    private void compact() {
        int to = 0;
        for (int from = 0; from < used; from++) {
            if (events[from] == null) {
                continue;
            }
            if (to != from) {
                events[to] = events[from];
                ids[to] = ids[from];
                startSeconds[to] = startSeconds[from];
                startNanos[to] = startNanos[from];
                endSeconds[to] = endSeconds[from];
                endNanos[to] = endNanos[from];
                createdSeconds[to] = createdSeconds[from];
                createdNanos[to] = createdNanos[from];
                labelBits[to] = labelBits[from];
                templateCodes[to] = templateCodes[from];
                nameCodes[to] = nameCodes[from];
            }
            to++;
        }
        Arrays.fill(events, to, used, null);
        used = to;
        if (names.size() > 2 * live + 1024) { // names of deleted events are forgotten too
            boolean[] kept = new boolean[names.size()];
            for (int slot = 0; slot < used; slot++) {
                kept[nameCodes[slot]] = true;
            }
            int[] recode = new int[names.size()];
            names = names.keeping(kept, recode);
            for (int slot = 0; slot < used; slot++) {
                nameCodes[slot] = recode[nameCodes[slot]];
            }
        }
        if (events.length > 64 && used < events.length / 4) {
            grow(Math.max(16, used * 2));
        }
    }
}
