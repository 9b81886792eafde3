package dev.eventsim.simulator.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The category table keeps ids, parents and counts right through deletes, compactions and restores. */
class CategoryTreeTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void thousands_of_deletes_leave_exactly_the_other_trees_and_their_counts() {
        CategoryTree tree = new CategoryTree();
        List<Category> roots = new ArrayList<>();
        long id = 100_001;
        for (int event = 0; event < 3_000; event++) {
            Category root = Category.root(id++, 1, "EP" + event, NOW);
            tree.addRoot(root);
            tree.addChild(root.child(id++, "agenda", NOW), NOW);
            tree.addChild(root.child(id++, "private", NOW), NOW);
            roots.add(root);
        }
        for (int event = 0; event < 3_000; event++) {
            if (event % 3 != 0) {
                tree.removeWithDescendants(roots.get(event).id(), NOW); // enough to compact the table
            }
        }
        tree.removeWithDescendants(roots.get(0).id() + 1, NOW.plusSeconds(60)); // one sub-category

        assertThat(tree.all()).hasSize(1_000 * 3 - 1);
        assertThat(tree.all()).extracting(Category::id).isSorted();
        assertThat(tree.get(roots.get(0).id()).directSubCategoriesCount()).isEqualTo(1);
        assertThat(tree.get(roots.get(0).id()).updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(tree.get(roots.get(3).id()).directSubCategoriesCount()).isEqualTo(2);
        assertThat(tree.get(roots.get(1).id())).isNull();
        assertThat(tree.get(roots.get(1).id() + 2)).as("a deleted root's sub-category").isNull();
    }

    @Test
    void a_restored_tree_knows_which_categories_are_under_which() {
        CategoryTree tree = new CategoryTree();
        Category root = Category.root(7, 1, "EP", NOW);
        tree.addRoot(root);
        tree.addChild(root.child(8, "agenda", NOW), NOW);
        tree.addChild(root.child(9, "private", NOW), NOW);

        CategoryTree restored = new CategoryTree(tree.export());
        List<Category> removed = restored.removeWithDescendants(7, NOW);

        assertThat(removed).extracting(Category::id).containsExactly(7L, 8L, 9L);
        assertThat(restored.all()).isEmpty();
        assertThat(tree.all()).as("the original is untouched").hasSize(3);
    }
}
