package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.PortableTable;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A partner's categories, by id. Deliberately not {@code EventScoped}: the platform keeps an
 * event's categories when the event is deleted, and integrators remove them with category.delete.
 * Each parent's children are indexed, so adding an event's categories costs the same however
 * many categories the partner holds (seeding adds hundreds of thousands at once).
 *
 * <p>Every event brings three categories, so a partner with a million events holds three million:
 * they are kept in id order in arrays (ids only grow; a restore brings them in id order), a
 * deleted one leaving an empty slot until the next compaction, and a parent's children as an
 * array of ids — a few dozen bytes a category rather than the hundreds of tree maps and boxed ids.
 *
 * <p>The categories an event left behind when it was deleted are marked as left: they are counted,
 * and kept in the order their events were deleted so that {@link LeftoverCategories} can drop the
 * oldest (docs/core-api.md, "Categories left behind"). Call under the partner's lock.
 */
final class CategoryTree implements PortableTable {
    private static final long[] NO_CHILDREN = new long[0];

    private long[] ids = new long[16];
    private Category[] categories = new Category[16];
    private long[][] children = new long[16][];
    private boolean[] left = new boolean[16];
    private int used;
    private int live;
    private final EventRoots eventRoots = new EventRoots();
    /** Root ids of the groups left behind, oldest first; a root category.delete removed since is skipped. */
    private final ArrayDeque<Long> leftRoots = new ArrayDeque<>();
    private int leftCount;

    CategoryTree() {
    }

    /** Restored categories are not marked as left: a snapshot does not say which were (docs/core-api.md). */
    CategoryTree(CategoryRows rows) {
        rows.categories().forEach(this::put);
        for (Category category : rows.categories()) {
            if (category.depth() == 0) {
                long eventId = EventCategories.eventOf(category.name());
                if (eventId > 0) {
                    eventRoots.put(eventId, category.id());
                }
            }
        }
        for (Category category : rows.categories()) {
            if (category.parentId() != Category.ROOT) {
                int parent = slotOf(category.parentId());
                if (parent >= 0) {
                    children[parent] = withChild(children[parent], category.id());
                }
            }
        }
    }

    @Override
    public CategoryRows export() {
        return new CategoryRows(new ArrayList<>(all()));
    }

    /** Every category, in id order. */
    Collection<Category> all() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Category> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int slot = from;
                        while (slot < used && categories[slot] == null) {
                            slot++;
                        }
                        return slot;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < used;
                    }

                    @Override
                    public Category next() {
                        if (next >= used) {
                            throw new NoSuchElementException();
                        }
                        Category category = categories[next];
                        next = advance(next + 1);
                        return category;
                    }
                };
            }

            @Override
            public int size() {
                return live;
            }
        };
    }

    Category get(long id) {
        int slot = slotOf(id);
        return slot < 0 ? null : categories[slot];
    }

    void addRoot(Category root) {
        put(root);
    }

    /** Records the root category an event made, for {@link #leaveBehind}. */
    void rootOf(long eventId, long rootId) {
        eventRoots.put(eventId, rootId);
    }

    /** Marks the categories of a deleted event as left behind; answers how many are. */
    int leaveBehind(long eventId) {
        long rootId = eventRoots.remove(eventId);
        if (get(rootId) == null) {
            return 0; // category.delete removed them already
        }
        List<Category> group = new ArrayList<>();
        collect(get(rootId), group);
        for (Category c : group) {
            int slot = slotOf(c.id());
            if (!left[slot]) {
                left[slot] = true;
                leftCount++;
            }
        }
        leftRoots.addLast(rootId);
        return group.size();
    }

    /** How many categories are left behind by deleted events. */
    int leftCount() {
        return leftCount;
    }

    /** Removes the group left behind longest ago; answers how many categories went (0: none is left). */
    int dropOldestLeft(Instant now) {
        while (!leftRoots.isEmpty()) {
            long rootId = leftRoots.pollFirst();
            if (get(rootId) != null) {
                return removeWithDescendants(rootId, now).size();
            }
        }
        return 0;
    }

    /** Adds a child and counts it on its parent, which the platform records as an update of the parent. */
    void addChild(Category child, Instant now) {
        put(child);
        int parent = slotOf(child.parentId());
        if (parent >= 0) {
            children[parent] = withChild(children[parent], child.id());
        }
        recount(child.parentId(), now);
    }

    /** Removes a category with everything under it, and returns what was removed. */
    List<Category> removeWithDescendants(long id, Instant now) {
        Category top = get(id);
        List<Category> removed = new ArrayList<>();
        collect(top, removed);
        for (Category c : removed) {
            int slot = slotOf(c.id());
            categories[slot] = null;
            children[slot] = null;
            if (left[slot]) {
                left[slot] = false;
                leftCount--;
            }
            live--;
        }
        if (leftRoots.size() > 2 * leftCount + 64) { // roots category.delete removed: forget them
            leftRoots.removeIf(root -> get(root) == null);
        }
        if (top.parentId() != Category.ROOT) {
            int parent = slotOf(top.parentId());
            if (parent >= 0) {
                children[parent] = withoutChild(children[parent], top.id());
            }
            recount(top.parentId(), now);
        }
        if (used - live > 1024 && used - live > live) {
            compact();
        }
        return removed;
    }

    private void collect(Category category, List<Category> into) {
        into.add(category);
        long[] under = children[slotOf(category.id())];
        for (long childId : under == null ? NO_CHILDREN : under) {
            collect(get(childId), into);
        }
    }

    private void recount(long parentId, Instant now) {
        int slot = slotOf(parentId);
        if (slot >= 0) {
            long[] under = children[slot];
            categories[slot] = categories[slot].withSubCategories(under == null ? 0 : under.length, now);
        }
    }

    /** The slot of a category, or -1 if there is none with that id. */
    private int slotOf(long id) {
        int slot = Arrays.binarySearch(ids, 0, used, id);
        return slot >= 0 && categories[slot] != null ? slot : -1;
    }

    private void put(Category category) {
        int slot = Arrays.binarySearch(ids, 0, used, category.id());
        if (slot >= 0) {
            if (categories[slot] == null) {
                live++;
            }
            categories[slot] = category;
            return;
        }
        slot = -slot - 1;
        if (used == ids.length) {
            int capacity = used + (used >> 1) + 1;
            ids = Arrays.copyOf(ids, capacity);
            categories = Arrays.copyOf(categories, capacity);
            children = Arrays.copyOf(children, capacity);
            left = Arrays.copyOf(left, capacity);
        }
        int moved = used - slot; // 0 but for a category restored out of id order
        System.arraycopy(ids, slot, ids, slot + 1, moved);
        System.arraycopy(categories, slot, categories, slot + 1, moved);
        System.arraycopy(children, slot, children, slot + 1, moved);
        System.arraycopy(left, slot, left, slot + 1, moved);
        ids[slot] = category.id();
        categories[slot] = category;
        children[slot] = null;
        left[slot] = false;
        used++;
        live++;
    }

    private void compact() {
        int to = 0;
        for (int from = 0; from < used; from++) {
            if (categories[from] != null) {
                ids[to] = ids[from];
                categories[to] = categories[from];
                children[to] = children[from];
                left[to] = left[from];
                to++;
            }
        }
        Arrays.fill(categories, to, used, null);
        Arrays.fill(children, to, used, null);
        Arrays.fill(left, to, used, false);
        used = to;
    }

    /** The ids with one more, kept ascending. */
    private static long[] withChild(long[] ids, long id) {
        if (ids == null) {
            return new long[] {id};
        }
        int at = Arrays.binarySearch(ids, id);
        if (at >= 0) {
            return ids;
        }
        at = -at - 1;
        long[] more = new long[ids.length + 1];
        System.arraycopy(ids, 0, more, 0, at);
        more[at] = id;
        System.arraycopy(ids, at, more, at + 1, ids.length - at);
        return more;
    }

    private static long[] withoutChild(long[] ids, long id) {
        int at = ids == null ? -1 : Arrays.binarySearch(ids, id);
        if (at < 0) {
            return ids;
        }
        if (ids.length == 1) {
            return null;
        }
        long[] fewer = new long[ids.length - 1];
        System.arraycopy(ids, 0, fewer, 0, at);
        System.arraycopy(ids, at + 1, fewer, at, ids.length - at - 1);
        return fewer;
    }
}
