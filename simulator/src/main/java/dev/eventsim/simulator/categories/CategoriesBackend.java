package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.Pager;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.util.List;

/** The core API's categories of a partner: list and delete. Another partner's categories are never seen. */
public final class CategoriesBackend {
    /** The category table, as snapshots and the state file name it. */
    public static final TableKind<CategoryRows> TABLE =
            new TableKind<>("categories", CategoryTree.class, CategoryRows.class, CategoryTree::new);

    private final Store store;
    private final Clock clock;

    public CategoriesBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Matching categories in id (creation) order, cut into the requested page. */
    public CategoryPage list(long partnerId, CategoryFilter filter, Pager pager) {
        PartnerData partner = store.partner(partnerId);
        List<Category> matches = partner.read(() -> tree(partner).all().stream().filter(filter::matches).toList());
        int from = (int) Math.min(pager.offset(), matches.size());
        int to = Math.min(from + pager.pageSize(), matches.size());
        return new CategoryPage(matches.subList(from, to), matches.size());
    }

    /** One category of the partner, or {@code CATEGORY_NOT_FOUND}. */
    public Category get(long partnerId, long categoryId) {
        PartnerData partner = store.partner(partnerId);
        Category category = partner.read(() -> tree(partner).get(categoryId));
        if (category == null) {
            throw CoreApiErrors.categoryNotFound(categoryId);
        }
        return category;
    }

    /** The partner's categories by full name ({@code ep_agenda_10001} under its root), for entries' categories. */
    public java.util.Map<String, Category> byName(long partnerId) {
        PartnerData partner = store.partner(partnerId);
        CategoryTree tree = partner.existingTable(CategoryTree.class);
        java.util.Map<String, Category> byName = new java.util.HashMap<>();
        if (tree != null) {
            partner.read(() -> {
                tree.all().forEach(c -> byName.put(c.name(), c));
                return null;
            });
        }
        return byName;
    }

    /** Deletes a category and everything under it. */
    public void delete(long partnerId, long categoryId) {
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            CategoryTree tree = tree(partner);
            if (tree.get(categoryId) == null) {
                throw CoreApiErrors.categoryNotFound(categoryId);
            }
            return tree.removeWithDescendants(categoryId, clock.instant());
        });
    }

    private static CategoryTree tree(PartnerData partner) {
        return partner.table(CategoryTree.class, CategoryTree::new);
    }
}
