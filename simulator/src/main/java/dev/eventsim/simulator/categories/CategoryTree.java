package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.PortableTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A partner's categories, by id. Deliberately not {@code EventScoped}: the platform keeps an
 * event's categories when the event is deleted, and integrators remove them with category.delete.
 * Each parent's children are indexed, so adding an event's categories costs the same however
 * many categories the partner holds (seeding adds hundreds of thousands at once).
 * Call under the partner's lock.
 */
final class CategoryTree implements PortableTable {
    private final NavigableMap<Long, Category> byId = new TreeMap<>();
    private final Map<Long, NavigableSet<Long>> childIds = new HashMap<>();

    CategoryTree() {
    }

    CategoryTree(CategoryRows rows) {
        rows.categories().forEach(c -> byId.put(c.id(), c));
    }

    @Override
    public CategoryRows export() {
        return new CategoryRows(List.copyOf(byId.values()));
    }

    Collection<Category> all() {
        return byId.values();
    }

    Category get(long id) {
        return byId.get(id);
    }

    void addRoot(Category root) {
        byId.put(root.id(), root);
    }

    /** Adds a child and counts it on its parent, which the platform records as an update of the parent. */
    void addChild(Category child, Instant now) {
        byId.put(child.id(), child);
        childIds.computeIfAbsent(child.parentId(), id -> new TreeSet<>()).add(child.id());
        recount(child.parentId(), now);
    }

    /** Removes a category with everything under it, and returns what was removed. */
    List<Category> removeWithDescendants(long id, Instant now) {
        Category top = byId.get(id);
        List<Category> removed = new ArrayList<>();
        collect(top, removed);
        for (Category c : removed) {
            byId.remove(c.id());
            childIds.remove(c.id());
        }
        if (top.parentId() != Category.ROOT) {
            NavigableSet<Long> siblings = childIds.get(top.parentId());
            if (siblings != null) {
                siblings.remove(top.id());
            }
            recount(top.parentId(), now);
        }
        return removed;
    }

    private void collect(Category category, List<Category> into) {
        into.add(category);
        for (long childId : childIds.getOrDefault(category.id(), new TreeSet<>())) {
            collect(byId.get(childId), into);
        }
    }

    private void recount(long parentId, Instant now) {
        Category parent = byId.get(parentId);
        if (parent != null) {
            NavigableSet<Long> children = childIds.get(parentId);
            byId.put(parentId, parent.withSubCategories(children == null ? 0 : children.size(), now));
        }
    }
}
