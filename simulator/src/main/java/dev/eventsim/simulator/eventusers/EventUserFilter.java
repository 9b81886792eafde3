package dev.eventsim.simulator.eventusers;

import java.util.Locale;
import java.util.Set;

/**
 * The filter of event-users/list; a null criterion is not applied. {@code searchTerm} is a
 * case-insensitive substring of the first name, last name or email; {@code roles} matches any of them.
 */
public record EventUserFilter(String searchTerm, Set<EventRole> roles, Set<String> idIn) {

    public static final EventUserFilter NONE = new EventUserFilter(null, null, null);

    public boolean matches(EventUser user) {
        return (searchTerm == null || mentions(user, searchTerm.toLowerCase(Locale.ROOT)))
                && (roles == null || user.roles().stream().anyMatch(roles::contains))
                && (idIn == null || idIn.contains(user.id()));
    }

    private static boolean mentions(EventUser user, String term) {
        return user.firstName().toLowerCase(Locale.ROOT).contains(term)
                || user.lastName().toLowerCase(Locale.ROOT).contains(term)
                || user.email().toLowerCase(Locale.ROOT).contains(term);
    }
}
