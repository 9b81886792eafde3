package dev.eventsim.simulator.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * events/list over an {@link EventTable}, without sorting every match: one pass over the
 * columns counts the matches (the answer's {@code totalCount}) and keeps the first
 * {@code offset + limit} of them in the order asked for — in a bounded heap for the date orders,
 * and for the name orders either all matches when they are few, or none, the page then being
 * read off the name index. The answers are those of filtering everything and sorting it.
 */
final class EventSearch {
    /** Up to this many matches are sorted; past it, the name index is walked instead. */
    static final int SORT_AT_MOST = 4096;

    /** An order of slots; ties cannot happen (the id decides last). */
    private interface SlotOrder {
        int compare(int a, int b);
    }

    private EventSearch() {
    }

    static EventPage search(EventTable table, EventQuery query) {
        return search(table, query, SORT_AT_MOST);
    }

    /** With the name orders, at most {@code sortAtMost} matches are sorted (tests lower it to reach the walk). */
    static EventPage search(EventTable table, EventQuery query, int sortAtMost) {
        EventFilter filter = query.filter();
        int offset = query.page().start();
        int limit = query.page().limit();
        if (filter.idIn() != null) {
            return byIds(table, filter, query.order(), offset, limit);
        }
        ColumnFilter columns = filter.equals(EventFilter.NONE) ? null : new ColumnFilter(table, filter);
        int wanted = (int) Math.min((long) offset + limit, table.size());
        return switch (query.order()) {
            case NAME_ASC, NAME_DESC -> byName(table, columns, filter, query.order(), offset, limit, sortAtMost);
            case CREATED_ASC, CREATED_DESC, START_ASC, START_DESC ->
                    byDate(table, columns, slotOrder(table, query.order()), offset, wanted);
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

    /** One pass: count, and keep the best {@code wanted} in a heap whose root is the worst kept. */
    private static EventPage byDate(EventTable table, ColumnFilter columns, SlotOrder order, int offset, int wanted) {
        int[] heap = new int[wanted];
        int kept = 0;
        int count = 0;
        for (int slot = 0, used = table.used(); slot < used; slot++) {
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
        for (int end = kept - 1; end > 0; end--) { // heap sort: best first
            swap(heap, 0, end);
            siftDown(heap, end, order);
        }
        List<Event> page = new ArrayList<>(Math.max(0, kept - offset));
        for (int i = offset; i < kept; i++) {
            page.add(table.event(heap[i]));
        }
        return new EventPage(List.copyOf(page), count);
    }

    private static EventPage byName(EventTable table, ColumnFilter columns, EventFilter filter, EventOrder order,
                                    int offset, int limit, int sortAtMost) {
        if (columns == null) {
            return walk(table, filter, order, offset, limit, table.size());
        }
        int[] found = new int[64];
        int count = 0;
        for (int slot = 0, used = table.used(); slot < used; slot++) {
            if (table.event(slot) != null && columns.matches(slot)) {
                if (count < sortAtMost) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, found.length * 2);
                    }
                    found[count] = slot;
                }
                count++;
            }
        }
        if (count > sortAtMost) {
            return walk(table, filter, order, offset, limit, count);
        }
        List<Event> matches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            matches.add(table.event(found[i]));
        }
        matches.sort(order.comparator());
        return page(matches, offset, limit, count);
    }

    /** Many matches: they are dense in the name index, so the page is near its start. */
    private static EventPage walk(EventTable table, EventFilter filter, EventOrder order, int offset, int limit,
                                  int count) {
        Iterator<Event> byName = order == EventOrder.NAME_ASC ? table.byName().iterator()
                : table.byName().descendingIterator();
        List<Event> page = new ArrayList<>(limit);
        long skip = offset;
        while (page.size() < limit && byName.hasNext()) {
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

    /** The date orders on the columns: the instant, then the id; descending reverses both, as {@link EventOrder}. */
    private static SlotOrder slotOrder(EventTable table, EventOrder order) {
        SlotOrder ascending = switch (order) {
            case CREATED_ASC, CREATED_DESC -> (a, b) -> {
                int c = Long.compare(table.createdSeconds(a), table.createdSeconds(b));
                if (c == 0) {
                    c = Integer.compare(table.createdNanos(a), table.createdNanos(b));
                }
                return c != 0 ? c : Long.compare(table.id(a), table.id(b));
            };
            case START_ASC, START_DESC -> (a, b) -> {
                int c = Long.compare(table.startSeconds(a), table.startSeconds(b));
                if (c == 0) {
                    c = Integer.compare(table.startNanos(a), table.startNanos(b));
                }
                return c != 0 ? c : Long.compare(table.id(a), table.id(b));
            };
            case NAME_ASC, NAME_DESC -> throw new IllegalArgumentException("not a date order: " + order);
        };
        return order == EventOrder.CREATED_DESC || order == EventOrder.START_DESC
                ? (a, b) -> ascending.compare(b, a) : ascending;
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
