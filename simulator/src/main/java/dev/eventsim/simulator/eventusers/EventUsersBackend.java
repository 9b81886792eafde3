package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Users of events: their rules and their state. Every check runs before the first change; a user
 * who leaves an event or loses a role is dropped from whatever depended on it (see {@link EventUserScoped}).
 */
public final class EventUsersBackend {
    /** The event users table, as snapshots and the state file name it. */
    public static final TableKind<EventUserRows> TABLE =
            new TableKind<>("eventUsers", EventUsers.class, EventUserRows.class, EventUsers::new);

    private final Store store;
    private final Clock clock;

    public EventUsersBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public EventUser invite(long partnerId, NewEventUser request) {
        Invitation invitation = check(partnerId, "", request);
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            requireEvent(partner, request.eventId());
            EventUser existing = users(partner).find(request.eventId(), invitation.userId());
            if (existing != null) {
                // The same person twice in one event would be one user anyway (same id): say so, change nothing.
                throw ApiErrors.alreadyInvited(request.email(), request.eventId(), invitation.userId());
            }
            return insert(partner, invitation, clock.instant());
        });
    }

    /**
     * The checks of event-users/invite that need no state, with fields named under {@code path}
     * ("" for an API body): the email, the image entry id and the role set; answers the invitation
     * with the user's id worked out.
     */
    public Invitation check(long partnerId, String path, NewEventUser request) {
        EmailAddresses.check(JsonBody.name(path, "email"), request.email());
        EntryIds.check(JsonBody.name(path, "imageUrlEntryId"), request.imageUrlEntryId());
        List<EventRole> roles = roleSet(JsonBody.name(path, "roles"),
                request.roles() == null ? EventRole.DEFAULT : request.roles());
        return new Invitation(EventUserIds.of(partnerId, request.email()), request, roles);
    }

    /**
     * Stores the user of an invitation that passed {@link #check}, into an event that exists and
     * does not hold that user yet, and returns it. Call under the partner's write lock.
     */
    public EventUser insert(PartnerData partner, Invitation invitation, Instant now) {
        NewEventUser request = invitation.request();
        EventUsers users = users(partner);
        EventUser user = new EventUser(invitation.userId(), request.eventId(), request.firstName(),
                request.lastName(), request.email(), text(request.title()), text(request.company()),
                text(request.bio()), invitation.roles(), request.imageUrlEntryId(), EventUser.INVITED,
                users.nextSequence(), now, now);
        users.put(user);
        return user;
    }

    public EventUserPage list(long partnerId, EventUserQuery query) {
        PartnerData partner = store.partner(partnerId);
        List<EventUser> matches = partner.read(() -> {
            requireEvent(partner, query.eventId());
            return users(partner).of(query.eventId()).stream()
                    .filter(query.filter()::matches)
                    .sorted(query.order().comparator())
                    .toList();
        });
        int from = Math.min(query.page().start(), matches.size());
        int to = Math.min(from + query.page().limit(), matches.size());
        return new EventUserPage(matches.subList(from, to), matches.size());
    }

    /** Changes what was sent; {@code roles} replaces the role set, and a role lost takes its session places with it. */
    public EventUser update(long partnerId, EventUserChanges changes) {
        EntryIds.check("imageUrlEntryId", changes.imageUrlEntryId());
        List<EventRole> roles = changes.roles() == null ? null : roleSet("roles", changes.roles());
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            EventUser old = existing(partner, changes.eventId(), changes.userId());
            EventUser updated = new EventUser(old.id(), old.eventId(), or(changes.firstName(), old.firstName()),
                    or(changes.lastName(), old.lastName()), old.email(), or(changes.title(), old.title()),
                    or(changes.company(), old.company()), or(changes.bio(), old.bio()), or(roles, old.roles()),
                    or(changes.imageUrlEntryId(), old.imageEntryId()), old.status(), old.sequence(),
                    old.createdAt(), clock.instant());
            users(partner).put(updated);
            Set<EventRole> lost = old.roles().isEmpty() ? EnumSet.noneOf(EventRole.class) : EnumSet.copyOf(old.roles());
            lost.removeAll(updated.roles());
            for (EventUserScoped table : partner.tablesOf(EventUserScoped.class)) {
                lost.forEach(role -> table.forgetRole(old.eventId(), old.id(), role));
            }
            return updated;
        });
    }

    /** Removes the user from the event, with their places in its sessions. */
    public void delete(long partnerId, long eventId, String userId) {
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            existing(partner, eventId, userId);
            users(partner).remove(eventId, userId);
            for (EventUserScoped table : partner.tablesOf(EventUserScoped.class)) {
                table.forgetUser(eventId, userId);
            }
            return null;
        });
    }

    /** The partner's event-user table, for features that read users. Call under the partner's lock. */
    public static EventUsers users(PartnerData partner) {
        return partner.table(EventUsers.class, EventUsers::new);
    }

    private static EventUser existing(PartnerData partner, long eventId, String userId) {
        requireEvent(partner, eventId);
        EventUser user = users(partner).find(eventId, userId);
        if (user == null) {
            throw ApiErrors.eventUserNotFound("userId", userId, eventId);
        }
        return user;
    }

    private static void requireEvent(PartnerData partner, long eventId) {
        if (!partner.hasEvent(eventId)) {
            throw ApiErrors.eventNotFound(eventId);
        }
    }

    /** A user holds at least one role: an empty set would be a user who is not in the event, which is delete's job. */
    private static List<EventRole> roleSet(String field, List<EventRole> roles) {
        if (roles.isEmpty()) {
            throw ApiErrors.invalidArgument(field + " must name at least one of Attendees, Speaker, Moderator");
        }
        return EventRole.setOf(roles);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static <T> T or(T sent, T current) {
        return sent == null ? current : sent;
    }
}
