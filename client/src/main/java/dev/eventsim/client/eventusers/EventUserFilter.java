package dev.eventsim.client.eventusers;

import dev.eventsim.client.internal.Lists;
import java.util.List;

/**
 * The criteria of {@code event-users/list}, combined with AND. Start with {@link #all()}.
 *
 * @param searchTerm in the first name, last name or email
 * @param roles      the user holds any of these
 */
public record EventUserFilter(String searchTerm, List<EventUserRole> roles, List<String> idIn) {

    public EventUserFilter {
        roles = Lists.forRequest(roles);
        idIn = Lists.forRequest(idIn);
    }

    public static EventUserFilter all() {
        return new EventUserFilter(null, null, null);
    }

    public EventUserFilter withSearchTerm(String value) {
        return new EventUserFilter(value, roles, idIn);
    }

    public EventUserFilter withRoles(EventUserRole... anyOf) {
        return new EventUserFilter(searchTerm, List.of(anyOf), idIn);
    }

    public EventUserFilter withIdIn(List<String> ids) {
        return new EventUserFilter(searchTerm, roles, ids);
    }
}
