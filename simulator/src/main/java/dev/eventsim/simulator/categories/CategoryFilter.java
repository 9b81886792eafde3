package dev.eventsim.simulator.categories;

import java.util.Locale;
import java.util.Set;

/**
 * The category.list filter fields the simulator supports; null means not sent. Text comparisons
 * ignore case, as the platform's search index and database collation do.
 */
public record CategoryFilter(
        String fullNameEqual,
        String fullNameStartsWith,
        Long idEqual,
        Set<String> idIn,
        Long parentIdEqual,
        String nameOrReferenceIdStartsWith) {

    boolean matches(Category c) {
        return (fullNameEqual == null || c.fullName().equalsIgnoreCase(fullNameEqual))
                && (fullNameStartsWith == null || startsWith(c.fullName(), fullNameStartsWith))
                && (idEqual == null || c.id() == idEqual)
                && (idIn == null || idIn.contains(Long.toString(c.id())))
                && (parentIdEqual == null || c.parentId() == parentIdEqual)
                // The simulator's categories have no referenceId, so only the name can match.
                && (nameOrReferenceIdStartsWith == null || startsWith(c.name(), nameOrReferenceIdStartsWith));
    }

    private static boolean startsWith(String text, String prefix) {
        return text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
