package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.state.EventRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A partner's events by id, kept so that events/list over a million of them answers in
 * milliseconds: the fields the filters and orders read live in columns (primitive arrays, one
 * slot per event, in id order), which {@link EventSearch} scans without touching the events
 * themselves. Dates are kept in milliseconds, the service's precision. Answers to recent queries
 * are kept until the next change (a test's polls and dashboards ask the same query again and
 * again; the figure is in BENCHMARKS.md). Readers hold the partner's
 * read lock and writers its write lock, so nothing here changes under a reader. It is the partner's
 * {@link EventRegistry}: what sessions and every other event-scoped table belong to.
 */
public final class EventTable implements EventRegistry {
    private static final int RESULTS_KEPT = 256;
    private static final int RESULT_BYTES_KEPT = 1 << 20;

    // One slot per event, in id order; a deleted event leaves a null slot until the next compaction.
    private Event[] events = new Event[16];
    private long[] ids = new long[16];
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private long[] created = new long[16];
    private long[] labelBits = new long[16];
    private int[] templateCodes = new int[16];
    private int[] nameCodes = new int[16];
    private int used;
    private int live;

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
        if (slot < 0) {
            slot = -slot - 1;
            openSlot(slot);
            live++;
        } else if (events[slot] == null) {
            live++;
        }
        events[slot] = event;
        ids[slot] = event.id();
        starts[slot] = event.startDate().toEpochMilli();
        ends[slot] = event.endDate().toEpochMilli();
        created[slot] = event.createdAt().toEpochMilli();
        labelBits[slot] = labels.bitsOf(event.labels());
        templateCodes[slot] = templates.computeIfAbsent(event.templateId(), id -> templates.size());
        nameCodes[slot] = names.codeOf(event.name());
    }

    /** Removes the event with this id; returns it, or null if there was none. */
    public Event remove(long id) {
        int slot = slotOf(id);
        if (slot < 0) {
            return null;
        }
        forgetResults();
        Event event = events[slot];
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
            // the query (its filter's sets and dates, about as much as its text), a reference per event of the page
            results.put(query, page, 256 + 8 * page.events().size());
        }
        return page;
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

    // What EventSearch reads, read only: slots run from 0 to used(), a null event marks a deleted one.

    int used() {
        return used;
    }

    Event[] events() {
        return events;
    }

    long[] ids() {
        return ids;
    }

    long[] starts() {
        return starts;
    }

    long[] ends() {
        return ends;
    }

    long[] created() {
        return created;
    }

    long[] labelBits() {
        return labelBits;
    }

    int[] templateCodes() {
        return templateCodes;
    }

    int[] nameCodes() {
        return nameCodes;
    }

    int slotOf(long id) {
        int slot = Arrays.binarySearch(ids, 0, used, id);
        return slot >= 0 && events[slot] != null ? slot : -1;
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

    int templateCount() {
        return templates.size();
    }

    /** Makes room at {@code slot}: ids only grow, so this is the end but for an event restored out of order. */
    private void openSlot(int slot) {
        if (used == events.length) {
            resize(used + (used >> 1) + 1);
        }
        int moved = used - slot;
        if (moved > 0) {
            System.arraycopy(events, slot, events, slot + 1, moved);
            System.arraycopy(ids, slot, ids, slot + 1, moved);
            System.arraycopy(starts, slot, starts, slot + 1, moved);
            System.arraycopy(ends, slot, ends, slot + 1, moved);
            System.arraycopy(created, slot, created, slot + 1, moved);
            System.arraycopy(labelBits, slot, labelBits, slot + 1, moved);
            System.arraycopy(templateCodes, slot, templateCodes, slot + 1, moved);
            System.arraycopy(nameCodes, slot, nameCodes, slot + 1, moved);
        }
        used++;
    }

    private void resize(int capacity) {
        events = Arrays.copyOf(events, capacity);
        ids = Arrays.copyOf(ids, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        created = Arrays.copyOf(created, capacity);
        labelBits = Arrays.copyOf(labelBits, capacity);
        templateCodes = Arrays.copyOf(templateCodes, capacity);
        nameCodes = Arrays.copyOf(nameCodes, capacity);
    }

    /** Drops the slots of deleted events, keeping id order, and the names only they held. */
    private void compact() {
        int to = 0;
        for (int from = 0; from < used; from++) {
            if (events[from] != null) {
                events[to] = events[from];
                ids[to] = ids[from];
                starts[to] = starts[from];
                ends[to] = ends[from];
                created[to] = created[from];
                labelBits[to] = labelBits[from];
                templateCodes[to] = templateCodes[from];
                nameCodes[to] = nameCodes[from];
                to++;
            }
        }
        Arrays.fill(events, to, used, null);
        used = to;
        if (names.size() > 2 * live + 1024) {
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
            resize(Math.max(16, used * 2));
        }
    }
}
