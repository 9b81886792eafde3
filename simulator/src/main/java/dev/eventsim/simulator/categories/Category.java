package dev.eventsim.simulator.categories;

import java.time.Instant;

/**
 * A Kaltura category as the core API stores it. {@code fullName} and {@code fullIds} are the
 * path from the root, joined with {@code ">"} as the platform joins them; depth 0 is the root.
 * {@code directSubCategoriesCount} is kept on the category, as the platform keeps it, so a
 * change to it also changes {@code updatedAt}.
 */
public record Category(
        long id,
        long parentId,
        int depth,
        long partnerId,
        String name,
        String fullName,
        String fullIds,
        int directSubCategoriesCount,
        Instant createdAt,
        Instant updatedAt) {

    static final String PATH_SEPARATOR = ">";
    static final long ROOT = 0;

    static Category root(long id, long partnerId, String name, Instant now) {
        return new Category(id, ROOT, 0, partnerId, name, name, Long.toString(id), 0, now, now);
    }

    Category child(long childId, String childName, Instant now) {
        return new Category(childId, id, depth + 1, partnerId, childName,
                fullName + PATH_SEPARATOR + childName, fullIds + PATH_SEPARATOR + childId, 0, now, now);
    }

    Category withSubCategories(int count, Instant now) {
        return new Category(id, parentId, depth, partnerId, name, fullName, fullIds, count, createdAt, now);
    }
}
