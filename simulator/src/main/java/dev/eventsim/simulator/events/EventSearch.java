package dev.eventsim.simulator.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * events/list over an {@link EventTable}, without sorting every match: one pass over the
 * columns counts the matches (the answer's {@code totalCount}) and keeps the first
 * {@code offset + limit} of them in the order asked for — in a bounded heap for the date orders;
 * for the name orders, matches are sorted when they are few, and otherwise picked with a bounded
 * heap on the ranks of the names ({@link EventNames}), or, when names are too many to rank, read off
 * the name index, or, when the matches lie far apart in it, picked with a heap on the names.
 * The answers are those of filtering everything and sorting it.
 */
final class EventSearch {
    /** Up to this many matches are sorted; past it, the name index is walked instead. */
    static final int SORT_AT_MOST = 4096;
    /** How far the name index is walked for a page before the matches are ranked instead. */
    static final int WALK_AT_MOST = 8192;

    private EventSearch() {
    }

    static EventPage search(EventTable table, EventQuery query) {
        return search(table, query, SORT_AT_MOST, WALK_AT_MOST, true);
    }

    /**
     * With the name orders, at most {@code sortAtMost} matches are sorted, names are ranked only if
     * {@code ranked}, and at most {@code walkAtMost} index entries walked (tests reach every path so).
     */
    static EventPage search(EventTable table, EventQuery query, int sortAtMost, int walkAtMost, boolean ranked) {
        EventFilter filter = query.filter();
        int offset = query.page().start();
        int limit = query.page().limit();
        if (filter.idIn() != null) {
            return byIds(table, filter, query.order(), offset, limit);
        }
        ColumnFilter columns = filter.equals(EventFilter.NONE) ? null : new ColumnFilter(table, filter);
        int wanted = (int) Math.min((long) offset + limit, table.size());
        return switch (query.order()) {
            case NAME_ASC, NAME_DESC -> byName(table, columns, filter, query.order(), offset, limit, sortAtMost,
                    walkAtMost, ranked);
            case CREATED_ASC, CREATED_DESC, START_ASC, START_DESC ->
                    byDate(table, columns, new DateOrder(table, query.order()), offset, wanted);
        };
    }

    private static EventPage byIds(EventTable table, EventFilter filter, EventOrder order, int offset, int limit) {
        ColumnFilter columns = new ColumnFilter(table, filter);
        List<Event> matches = new ArrayList<>();
        for (long id : filter.idIn()) {
            int slot = table.slotOf(id);
            if (slot >= 0 && columns.matches(slot)) {
                matches.add(table.event(slot));
            }
        }
        matches.sort(order.comparator());
        return page(matches, offset, limit, matches.size());
    }

    /**
     * One pass: count, and keep the best {@code wanted} in a heap whose root is the worst kept.
     * The pass runs from the end of the table for a descending order: ids and creation times
     * mostly grow together, so the best come first and the heap rarely changes.
     */
    private static EventPage byDate(EventTable table, ColumnFilter columns, DateOrder order, int offset, int wanted) {
        int[] heap = new int[wanted];
        int kept = 0;
        int count = 0;
        int used = table.used();
        int step = order.descending ? -1 : 1;
        for (int slot = order.descending ? used - 1 : 0; slot >= 0 && slot < used; slot += step) {
            if (table.event(slot) == null || (columns != null && !columns.matches(slot))) {
                continue;
            }
            count++;
            if (kept < wanted) {
                heap[kept] = slot;
                siftUp(heap, kept++, order);
            } else if (wanted > 0 && order.compare(slot, heap[0]) < 0) {
                heap[0] = slot;
                siftDown(heap, kept, order);
            }
        }
        sortHeap(heap, kept, order);
        List<Event> page = new ArrayList<>(Math.max(0, kept - offset));
        for (int i = offset; i < kept; i++) {
            page.add(table.event(heap[i]));
        }
        return new EventPage(List.copyOf(page), count);
    }

    private static EventPage byName(EventTable table, ColumnFilter columns, EventFilter filter, EventOrder order,
                                    int offset, int limit, int sortAtMost, int walkAtMost, boolean ranked) {
        if (columns == null) {
            return walk(table, filter, order, offset, limit, table.size(), Integer.MAX_VALUE);
        }
        int[] found = new int[64];
        int count = 0;
        for (int slot = 0, used = table.used(); slot < used; slot++) {
            if (table.event(slot) != null && columns.matches(slot)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[count++] = slot;
            }
        }
        if (count <= sortAtMost) {
            List<Event> matches = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                matches.add(table.event(found[i]));
            }
            matches.sort(order.comparator());
            return page(matches, offset, limit, count);
        }
        int[] ranks = ranked ? table.names().ranks() : null;
        if (ranks == null) {
            EventPage walked = walk(table, filter, order, offset, limit, count, walkAtMost);
            if (walked != null) {
                return walked;
            }
        }
        SlotOrder byName = ranks != null ? new RankOrder(table, ranks, order == EventOrder.NAME_DESC)
                : new NameOrder(table, order.comparator());
        int wanted = (int) Math.min((long) offset + limit, count);
        int[] heap = new int[wanted];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int slot = found[i];
            if (kept < wanted) {
                heap[kept] = slot;
                siftUp(heap, kept++, byName);
            } else if (wanted > 0 && byName.compare(slot, heap[0]) < 0) {
                heap[0] = slot;
                siftDown(heap, kept, byName);
            }
        }
        sortHeap(heap, kept, byName);
        List<Event> page = new ArrayList<>(Math.max(0, kept - offset));
        for (int i = offset; i < kept; i++) {
            page.add(table.event(heap[i]));
        }
        return new EventPage(List.copyOf(page), count);
    }

    /**
     * Reads the page off the name index; null if it takes more than {@code steps} entries (the
     * matches lie far apart in name order: a search term that picks names far down the alphabet).
     */
    private static EventPage walk(EventTable table, EventFilter filter, EventOrder order, int offset, int limit,
                                  int count, int steps) {
        Iterator<Event> byName = order == EventOrder.NAME_ASC ? table.byName().iterator()
                : table.byName().descendingIterator();
        List<Event> page = new ArrayList<>(limit);
        long skip = offset;
        int walked = 0;
        while (page.size() < limit && byName.hasNext()) {
            if (walked++ == steps) {
                return null;
            }
            Event event = byName.next();
            if (filter.matches(event)) {
                if (skip > 0) {
                    skip--;
                } else {
                    page.add(event);
                }
            }
        }
        return new EventPage(List.copyOf(page), count);
    }

    private static EventPage page(List<Event> sorted, int offset, int limit, int count) {
        int from = Math.min(offset, sorted.size());
        int to = Math.min(from + limit, sorted.size());
        return new EventPage(List.copyOf(sorted.subList(from, to)), count);
    }

    /** An order of slots; ties cannot happen (the id decides last). */
    private interface SlotOrder {
        int compare(int a, int b);
    }

    /** A date order on the columns: the instant, then the id; descending reverses both, as {@link EventOrder}. */
    private static final class DateOrder implements SlotOrder {
        private final long[] seconds;
        private final int[] nanos;
        private final long[] ids;
        private final boolean descending;

        DateOrder(EventTable table, EventOrder order) {
            boolean created = order == EventOrder.CREATED_ASC || order == EventOrder.CREATED_DESC;
            this.seconds = created ? table.createdSecondsColumn() : table.startSecondsColumn();
            this.nanos = created ? table.createdNanosColumn() : table.startNanosColumn();
            this.ids = table.idColumn();
            this.descending = order == EventOrder.CREATED_DESC || order == EventOrder.START_DESC;
        }

        @Override
        public int compare(int a, int b) {
            int c = Long.compare(seconds[a], seconds[b]);
            if (c == 0) {
                c = Integer.compare(nanos[a], nanos[b]);
                if (c == 0) {
                    c = Long.compare(ids[a], ids[b]);
                }
            }
            return descending ? -c : c;
        }
    }

    /** A name order on the ranks of the names (see {@link EventNames}), then the id. */
    private static final class RankOrder implements SlotOrder {
        private final int[] nameCodes;
        private final int[] ranks;
        private final long[] ids;
        private final boolean descending;

        RankOrder(EventTable table, int[] ranks, boolean descending) {
            this.nameCodes = table.nameCodeColumn();
            this.ranks = ranks;
            this.ids = table.idColumn();
            this.descending = descending;
        }

        @Override
        public int compare(int a, int b) {
            int c = Integer.compare(ranks[nameCodes[a]], ranks[nameCodes[b]]);
            if (c == 0) {
                c = Long.compare(ids[a], ids[b]);
            }
            return descending ? -c : c;
        }
    }

    /** A name order on the events of the slots. */
    private record NameOrder(EventTable table, Comparator<Event> comparator) implements SlotOrder {
        @Override
        public int compare(int a, int b) {
            return comparator.compare(table.event(a), table.event(b));
        }
    }

    /** Heap sort of the heap's {@code size} slots: best first. */
    private static void sortHeap(int[] heap, int size, SlotOrder order) {
        for (int end = size - 1; end > 0; end--) {
            swap(heap, 0, end);
            siftDown(heap, end, order);
        }
    }

    private static void siftUp(int[] heap, int at, SlotOrder order) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (order.compare(heap[at], heap[parent]) <= 0) {
                return;
            }
            swap(heap, at, parent);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, SlotOrder order) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && order.compare(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (order.compare(heap[child], heap[at]) <= 0) {
                return;
            }
            swap(heap, at, child);
            at = child;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }
}
