package dev.eventsim.client.participants;

import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.Lists;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code session-participants/*} operations: which event users speak at or moderate a
 * session. A speaker must hold the event's {@code Speaker} role and a moderator the
 * {@code Moderator} role (see {@code EventUsers}); each call takes at most 10 of each and is
 * all-or-nothing. Get it from {@code EventsClient.sessionParticipants()}.
 */
public final class SessionParticipants {

    record AddRequest(long eventId, String sessionId, List<SpeakerPlacement> speakers, List<String> moderatorIds) {
    }

    record RemoveRequest(long eventId, String sessionId, List<String> speakerIds, List<String> moderatorIds) {
    }

    record UpdateRequest(long eventId, String sessionId, List<SpeakerPlacement> speakers) {
    }

    record SessionRequest(long eventId, String sessionId) {
    }

    record Acknowledgement(String status) {
    }

    private final Caller caller;

    /**
     * Made by {@code EventsClient}. Public only because the client builds it from another package;
     * its {@code Caller} is in the unexported {@code internal} package, so no one else can call it.
     */
    @SuppressWarnings("exports")
    public SessionParticipants(Caller caller) {
        this.caller = caller;
    }

    /**
     * Puts speakers and moderators on the session; a speaker already there gets the fields set
     * changed. After a 5xx or a lost answer this lists the session's participants and, if every
     * speaker (with the fields set) and every moderator sent is already there, takes that as done
     * instead of sending the call again.
     */
    public void add(long eventId, String sessionId, List<SpeakerPlacement> speakers, List<String> moderatorIds) {
        AddRequest request = new AddRequest(eventId, sessionId, Lists.forRequest(speakers),
                Lists.forRequest(moderatorIds));
        caller.create("session-participants/add", request, Acknowledgement.class,
                failure -> allThere(request) ? Optional.of(new Acknowledgement("ok")) : Optional.empty());
    }

    private boolean allThere(AddRequest sent) {
        ParticipantList now = list(sent.eventId(), sent.sessionId());
        List<SessionParticipant> speakers = now.speakers();
        boolean speakersThere = sent.speakers() == null || sent.speakers().stream()
                .allMatch(p -> speakers.stream().anyMatch(s -> placed(p, s)));
        boolean moderatorsThere = sent.moderatorIds() == null || sent.moderatorIds().stream()
                .allMatch(id -> now.moderators().stream().anyMatch(m -> id.equals(m.id())));
        return speakersThere && moderatorsThere;
    }

    /** Whether {@code speaker} is the one placed, with every field the placement set. */
    private static boolean placed(SpeakerPlacement placement, SessionParticipant speaker) {
        return placement.userId().equals(speaker.id())
                && (placement.order() == null || placement.order().equals(speaker.order()))
                && (placement.isHidden() == null || placement.isHidden().equals(speaker.isHidden()))
                && (placement.role() == null || Objects.equals(placement.role(), speaker.sessionRole()));
    }

    public void addSpeakers(long eventId, String sessionId, SpeakerPlacement... speakers) {
        add(eventId, sessionId, List.of(speakers), null);
    }

    public void addModerators(long eventId, String sessionId, String... userIds) {
        add(eventId, sessionId, null, List.of(userIds));
    }

    /** Takes speakers and moderators off the session; they stay users of the event. */
    public void remove(long eventId, String sessionId, List<String> speakerIds, List<String> moderatorIds) {
        caller.call("session-participants/remove", new RemoveRequest(eventId, sessionId,
                Lists.forRequest(speakerIds), Lists.forRequest(moderatorIds)), Acknowledgement.class);
    }

    /** Changes the fields set for speakers already on the session. */
    public void update(long eventId, String sessionId, List<SpeakerPlacement> speakers) {
        caller.call("session-participants/update", new UpdateRequest(eventId, sessionId, List.copyOf(speakers)),
                Acknowledgement.class);
    }

    public ParticipantList list(long eventId, String sessionId) {
        return caller.call("session-participants/list", new SessionRequest(eventId, sessionId),
                ParticipantList.class);
    }
}
