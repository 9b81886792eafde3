package dev.eventsim.simulator.categories;

import java.util.Arrays;

/**
 * Which root category each live event of a partner made, so that events/delete finds the three it
 * leaves behind. Two sorted arrays of ids (event ids only grow, so a new one goes at the end), 16
 * bytes an event; a forgotten event leaves an empty slot until the next compaction, as the tables do.
 */
final class EventRoots {
    private static final long NONE = 0;

    private long[] events = new long[16];
    private long[] roots = new long[16];
    private int used;
    private int live;

    void put(long eventId, long rootId) {
        int slot = Arrays.binarySearch(events, 0, used, eventId);
        if (slot >= 0) {
            live += roots[slot] == NONE ? 1 : 0;
            roots[slot] = rootId;
            return;
        }
        slot = -slot - 1;
        if (used == events.length) {
            events = Arrays.copyOf(events, used + (used >> 1) + 1);
            roots = Arrays.copyOf(roots, events.length);
        }
        System.arraycopy(events, slot, events, slot + 1, used - slot); // nothing moves but for a restore
        System.arraycopy(roots, slot, roots, slot + 1, used - slot);
        events[slot] = eventId;
        roots[slot] = rootId;
        used++;
        live++;
    }

    /** The root category of the event, forgotten here; 0 if none is known. */
    long remove(long eventId) {
        int slot = Arrays.binarySearch(events, 0, used, eventId);
        if (slot < 0 || roots[slot] == NONE) {
            return NONE;
        }
        long root = roots[slot];
        roots[slot] = NONE;
        live--;
        if (used - live > 1024 && used - live > live) {
            compact();
        }
        return root;
    }

    private void compact() {
        int to = 0;
        for (int from = 0; from < used; from++) {
            if (roots[from] != NONE) {
                events[to] = events[from];
                roots[to] = roots[from];
                to++;
            }
        }
        used = to;
        if (events.length > 64 && used < events.length / 4) {
            events = Arrays.copyOf(events, Math.max(16, used * 2));
            roots = Arrays.copyOf(roots, events.length);
        }
    }
}
