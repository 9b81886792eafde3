package dev.eventsim.client.eventusers;

import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.PagedStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code event-users/*} operations: the people of one event (attendees, speakers,
 * moderators). Get it from {@code EventsClient.eventUsers()}.
 */
public final class EventUsers {
    /** The page size {@link #streamAll} asks for: the contract's default. */
    public static final int PAGE_SIZE = 30;

    record EventUserEnvelope(EventUser user) {
    }

    record DeleteRequest(long eventId, String userId) {
    }

    record Acknowledgement(String status) {
    }

    private final Caller caller;
    private final PagerOffset pagerOffset;
    private final Clock clock;
    private final Duration createdAtTolerance;

    /**
     * Made by {@code EventsClient}. Public only because the client builds it from another package;
     * its {@code Caller} is in the unexported {@code internal} package, so no one else can call it.
     */
    @SuppressWarnings("exports")
    public EventUsers(Caller caller, PagerOffset pagerOffset, Clock clock, Duration createdAtTolerance) {
        this.caller = caller;
        this.pagerOffset = pagerOffset;
        this.clock = clock;
        this.createdAtTolerance = createdAtTolerance;
    }

    /**
     * Invites a person to the event; an email already invited is a {@code ConflictException}.
     * {@code event-users/invite} is not idempotent: after a 5xx or a lost answer this searches the
     * event's users for that email and returns the user if invited since the call began (less the
     * {@code createdAtTolerance}); only if there is none does it send the invitation again, which
     * would otherwise be that 409.
     */
    public EventUser invite(EventUserInvitation invitation) {
        Instant startedAt = clock.instant();
        return caller.create("event-users/invite", invitation, EventUserEnvelope.class,
                failure -> findInvited(invitation, startedAt).map(EventUserEnvelope::new)).user();
    }

    private Optional<EventUser> findInvited(EventUserInvitation sent, Instant startedAt) {
        Instant notBefore = startedAt.minus(createdAtTolerance);
        try (Stream<EventUser> users = streamAll(sent.eventId(), EventUserFilter.all().withSearchTerm(sent.email()))) {
            return users.filter(u -> sent.email().equalsIgnoreCase(u.email()))
                    .filter(u -> u.createdAt() == null || !u.createdAt().isBefore(notBefore))
                    .findFirst();
        }
    }

    public EventUserPage list(EventUserQuery query) {
        return caller.call("event-users/list", query, EventUserPage.class);
    }

    /** Changes the fields set in {@code changes}; the others keep their value. */
    public EventUser update(EventUserChanges changes) {
        return caller.call("event-users/update", changes, EventUserEnvelope.class).user();
    }

    /** Takes the user out of the event and out of its sessions' speakers and moderators. */
    public void delete(long eventId, String userId) {
        caller.call("event-users/delete", new DeleteRequest(eventId, userId), Acknowledgement.class);
    }

    /** Every user of the event matching {@code filter}, 30 at a time, checked against {@code totalCount}. */
    public Stream<EventUser> streamAll(long eventId, EventUserFilter filter) {
        return PagedStream.of("event-users/list", pager -> {
            EventUserPage page = list(new EventUserQuery(eventId, filter, pager, EventUserOrder.OLDEST_FIRST));
            return new PagedStream.Page<>(page.users(), page.totalCount());
        }, PAGE_SIZE, pagerOffset, EventUser::id);
    }

    /** Every user of the event. */
    public Stream<EventUser> streamAll(long eventId) {
        return streamAll(eventId, null);
    }
}
