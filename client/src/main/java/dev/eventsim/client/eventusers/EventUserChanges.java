package dev.eventsim.client.eventusers;

import dev.eventsim.client.internal.Lists;
import java.util.List;
import java.util.Objects;

/**
 * What {@code event-users/update} takes: the user and only the fields to change. {@code roles}
 * replaces the whole role set — send every role wanted; a user who loses {@code Speaker} stops
 * speaking at the event's sessions. Start with {@link #of(long, String)}.
 */
public record EventUserChanges(long eventId, String userId, String firstName, String lastName, String title,
                               String company, String bio, List<EventUserRole> roles, String imageUrlEntryId) {

    public EventUserChanges {
        Objects.requireNonNull(userId, "userId");
        roles = Lists.forRequest(roles);
    }

    public static EventUserChanges of(long eventId, String userId) {
        return new EventUserChanges(eventId, userId, null, null, null, null, null, null, null);
    }

    public EventUserChanges withName(String first, String last) {
        return new EventUserChanges(eventId, userId, first, last, title, company, bio, roles, imageUrlEntryId);
    }

    public EventUserChanges withTitle(String value) {
        return new EventUserChanges(eventId, userId, firstName, lastName, value, company, bio, roles,
                imageUrlEntryId);
    }

    public EventUserChanges withCompany(String value) {
        return new EventUserChanges(eventId, userId, firstName, lastName, title, value, bio, roles,
                imageUrlEntryId);
    }

    public EventUserChanges withBio(String value) {
        return new EventUserChanges(eventId, userId, firstName, lastName, title, company, value, roles,
                imageUrlEntryId);
    }

    /** The user's whole new role set. */
    public EventUserChanges withRoles(EventUserRole... value) {
        return new EventUserChanges(eventId, userId, firstName, lastName, title, company, bio, List.of(value),
                imageUrlEntryId);
    }

    public EventUserChanges withImageUrlEntryId(String value) {
        return new EventUserChanges(eventId, userId, firstName, lastName, title, company, bio, roles, value);
    }
}
