package dev.eventsim.client.eventusers;

import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.PagedStream;
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

    /** Made by {@code EventsClient}. */
    public EventUsers(Caller caller, PagerOffset pagerOffset) {
        this.caller = caller;
        this.pagerOffset = pagerOffset;
    }

    /** Invites a person to the event; an email already invited is a {@code ConflictException}. */
    public EventUser invite(EventUserInvitation invitation) {
        return caller.call("event-users/invite", invitation, EventUserEnvelope.class).user();
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
