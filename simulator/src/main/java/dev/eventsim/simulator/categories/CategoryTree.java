package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.PortableTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A partner's categories, by id. Deliberately not {@code EventScoped}: the platform keeps an
 * event's categories when the event is deleted, and integrators remove them with category.delete.
 * Call under the partner's lock.
 */
final class CategoryTree implements PortableTable {
    private final NavigableMap<Long, Category> byId = new TreeMap<>();

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
        recount(child.parentId(), now);
    }

    /** Removes a category with everything under it, and returns what was removed. */
    List<Category> removeWithDescendants(long id, Instant now) {
        Category top = byId.get(id);
        List<Category> removed = new ArrayList<>();
        collect(top, removed);
        removed.forEach(c -> byId.remove(c.id()));
        if (top.parentId() != Category.ROOT) {
            recount(top.parentId(), now);
        }
        return removed;
    }

    private void collect(Category category, List<Category> into) {
        into.add(category);
        for (Category c : List.copyOf(byId.values())) {
            if (c.parentId() == category.id()) {
                collect(c, into);
            }
        }
    }

    private void recount(long parentId, Instant now) {
        Category parent = byId.get(parentId);
        if (parent != null) {
            int count = (int) byId.values().stream().filter(c -> c.parentId() == parentId).count();
            byId.put(parentId, parent.withSubCategories(count, now));
        }
    }
}
