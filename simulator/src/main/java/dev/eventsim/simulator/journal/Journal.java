package dev.eventsim.simulator.journal;

import dev.eventsim.simulator.api.CacheSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request journal: the last {@code capacity} API calls in a ring buffer (the oldest is
 * evicted first), and exact per-operation counts that eviction never touches. Ids count calls
 * from 1 and are never reused until a reset; clearing empties the buffer and the counts but keeps
 * counting, so an id seen before a clear never names another call.
 */
public final class Journal {
    /** A request attribute other code may set to mark a call it tampered with; its value is journaled as text. */
    public static final String FAULT_ATTRIBUTE = "eventsim.fault";
    public static final int DEFAULT_CAPACITY = 1000;
    public static final int MAX_CAPACITY = 1_000_000;
    public static final int DEFAULT_BODY_LIMIT = 4096;
    /** An entry's fields but its bodies: the strings of a call, its instant, the records themselves. */
    private static final int ENTRY_BYTES = 512;

    private final int capacity;
    private final int bodyLimit;
    private State state;

    private record Entry(long id, ApiCall call) {
    }

    /** Everything a clear or a reset forgets, rebuilt rather than emptied. */
    private static final class State {
        final Entry[] ring;
        final CallCounts counts = new CallCounts();
        long nextId;
        int entries;
        long bytes;

        State(int capacity, long nextId) {
            this.ring = new Entry[capacity];
            this.nextId = nextId;
        }
    }

    public Journal(int capacity, int bodyLimit) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException(
                    "journal size must be between 0 and " + MAX_CAPACITY + ", got " + capacity);
        }
        this.capacity = capacity;
        this.bodyLimit = bodyLimit;
        this.state = new State(capacity, 1);
    }

    public int capacity() {
        return capacity;
    }

    /** How many bytes of each body an entry keeps. */
    public int bodyLimit() {
        return bodyLimit;
    }

    /** False when the journal only counts (size 0): callers need not capture bodies then. */
    public boolean keepsEntries() {
        return capacity > 0;
    }

    public synchronized void record(ApiCall call) {
        State s = state;
        s.counts.add(call.operation(), call.httpStatus());
        long id = s.nextId++;
        if (capacity > 0) {
            Entry evicted = s.ring[slot(id)];
            if (evicted == null) {
                s.entries++;
            } else {
                s.bytes -= bytes(evicted.call());
            }
            s.ring[slot(id)] = new Entry(id, call);
            s.bytes += bytes(call);
        }
    }

    /** An entry's estimated size: its bodies (a body of up to four times the limit is shared with the call) and the rest. */
    private static long bytes(ApiCall call) {
        return ENTRY_BYTES + (call.request() == null ? 0 : call.request().heldBytes())
                + (call.response() == null ? 0 : call.response().heldBytes());
    }

    /** The entries kept and their estimated bytes, for the metrics. */
    public CacheSize size() {
        return new CacheSize() {
            @Override
            public String name() {
                return "journal";
            }

            @Override
            public int entries() {
                synchronized (Journal.this) {
                    return state.entries;
                }
            }

            @Override
            public long bytes() {
                synchronized (Journal.this) {
                    return state.bytes;
                }
            }

            @Override
            public int maxEntries() {
                return capacity;
            }

            @Override
            public long maxBytes() {
                return capacity * (ENTRY_BYTES + 2L * Body.SHARED_UP_TO * bodyLimit);
            }
        };
    }

    public JournalPage find(JournalQuery query) {
        List<Entry> newestFirst;
        long recorded;
        synchronized (this) {
            newestFirst = retained();
            recorded = state.counts.total();
        }
        List<JournalEntry> matching = new ArrayList<>();
        for (Entry entry : newestFirst) {
            if (matching.size() == query.limit()) {
                break;
            }
            if (query.matches(entry.call())) {
                matching.add(JournalEntry.of(entry.id(), entry.call(), query.bodies()));
            }
        }
        return new JournalPage(matching, matching.size(), newestFirst.size(), capacity, recorded);
    }

    /** The entry with this id, unless it was never recorded, was evicted or was cleared. */
    public synchronized Optional<JournalEntry> entry(long id) {
        if (capacity == 0 || id < 1) {
            return Optional.empty();
        }
        Entry entry = state.ring[slot(id)];
        return entry != null && entry.id() == id
                ? Optional.of(JournalEntry.of(id, entry.call(), true))
                : Optional.empty();
    }

    public synchronized JournalCounts counts() {
        return state.counts.view();
    }

    /** Forgets every entry and count; ids go on from where they were. Returns how many entries were dropped. */
    public synchronized int clear() {
        int dropped = retained().size();
        state = new State(capacity, state.nextId);
        return dropped;
    }

    /** Back to how the simulator started: no entries, no counts, ids from 1. */
    public synchronized void reset() {
        state = new State(capacity, 1);
    }

    private List<Entry> retained() {
        List<Entry> entries = new ArrayList<>();
        for (long id = state.nextId - 1; id >= 1 && id > state.nextId - 1 - capacity; id--) {
            Entry entry = state.ring[slot(id)];
            if (entry == null || entry.id() != id) {
                break;
            }
            entries.add(entry);
        }
        return entries;
    }

    private int slot(long id) {
        return (int) ((id - 1) % capacity);
    }
}
