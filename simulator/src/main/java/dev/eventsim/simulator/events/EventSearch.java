package dev.eventsim.simulator.events;

import java.util.ArrayList;
import java.util.List;

/**
 * events/list over an {@link EventTable} in one pass over its columns: each event the filter
 * takes is counted (the answer's {@code totalCount}) and offered to a bounded heap that keeps the
 * first {@code offset + limit} in the order asked for, so nothing is sorted but the page. The
 * answers are those of filtering everything and sorting it. The pass runs from the end of the
 * table for a descending order: ids and dates mostly grow together, so the best come first and
 * the heap rarely changes.
 */
final class EventSearch {
    private EventSearch() {
    }

    static EventPage search(EventTable table, EventQuery query) {
        return search(table, query, true);
    }

    /** With the name orders, names are compared by their ranks only if {@code ranked} (tests reach both ways so). */
    static EventPage search(EventTable table, EventQuery query, boolean ranked) {
        ColumnFilter filter = new ColumnFilter(table, query.filter());
        SlotOrder order = SlotOrder.of(table, query.order(), ranked);
        int offset = query.page().start();
        int wanted = (int) Math.min((long) offset + query.page().limit(), table.size());
        int[] heap = new int[wanted];
        int kept = 0;
        int count = 0;
        int[] slots = query.filter().idIn() == null ? null : slotsOf(table, query.filter());
        int end = slots == null ? table.used() : slots.length;
        Event[] events = table.events();
        boolean backwards = order.descending();
        for (int i = 0; i < end; i++) {
            int slot = slots != null ? slots[i] : backwards ? end - 1 - i : i;
            if (events[slot] == null || !filter.matches(slot)) {
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
            page.add(events[heap[i]]);
        }
        return new EventPage(List.copyOf(page), count);
    }

    /** The slots of the events {@code idIn} names, each once. */
    private static int[] slotsOf(EventTable table, EventFilter filter) {
        return filter.idIn().stream().mapToInt(table::slotOf).filter(slot -> slot >= 0).sorted().distinct().toArray();
    }

    /** An order of slots; ties cannot happen (the id decides last). */
    private interface SlotOrder {
        int compare(int a, int b);

        boolean descending();

        static SlotOrder of(EventTable table, EventOrder order, boolean ranked) {
            return switch (order) {
                case NAME_ASC -> new NameOrder(table, ranked, false);
                case NAME_DESC -> new NameOrder(table, ranked, true);
                case CREATED_ASC -> new DateOrder(table.created(), table.ids(), false);
                case CREATED_DESC -> new DateOrder(table.created(), table.ids(), true);
                case START_ASC -> new DateOrder(table.starts(), table.ids(), false);
                case START_DESC -> new DateOrder(table.starts(), table.ids(), true);
            };
        }
    }

    /** A date column, then the id; descending reverses both, as {@link EventOrder}. */
    private record DateOrder(long[] millis, long[] ids, boolean descending) implements SlotOrder {
        @Override
        public int compare(int a, int b) {
            int c = Long.compare(millis[a], millis[b]);
            if (c == 0) {
                c = Long.compare(ids[a], ids[b]);
            }
            return descending ? -c : c;
        }
    }

    /**
     * The name, case-insensitively and then exactly, then the id: by the ranks of the names while
     * there are few enough to rank ({@link EventNames#ranks}), else by the names themselves.
     */
    private record NameOrder(Event[] events, int[] nameCodes, int[] ranks, long[] ids, boolean descending)
            implements SlotOrder {
        NameOrder(EventTable table, boolean ranked, boolean descending) {
            this(table.events(), table.nameCodes(), ranked ? table.names().ranks() : null, table.ids(), descending);
        }

        @Override
        public int compare(int a, int b) {
            int c = 0;
            if (nameCodes[a] != nameCodes[b]) {
                c = ranks != null ? Integer.compare(ranks[nameCodes[a]], ranks[nameCodes[b]]) : byName(a, b);
            }
            if (c == 0) {
                c = Long.compare(ids[a], ids[b]);
            }
            return descending ? -c : c;
        }

        private int byName(int a, int b) {
            String x = events[a].name();
            String y = events[b].name();
            int c = String.CASE_INSENSITIVE_ORDER.compare(x, y);
            return c != 0 ? c : x.compareTo(y);
        }
    }

    /** Heap sort of the heap's {@code size} slots: best first. */
    private static void sortHeap(int[] heap, int size, SlotOrder order) {
        for (int end = size - 1; end > 0; end--) {
            swap(heap, 0, end);
            siftDown(heap, end, order);
        }
    }

    /** The heap's root is the worst slot kept. */
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
