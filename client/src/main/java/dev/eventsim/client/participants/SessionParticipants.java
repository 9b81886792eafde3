package dev.eventsim.client.participants;

import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.Lists;
import java.util.List;

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

    /** Made by {@code EventsClient}. */
    public SessionParticipants(Caller caller) {
        this.caller = caller;
    }

    /** Puts speakers and moderators on the session; a speaker already there gets the fields set changed. */
    public void add(long eventId, String sessionId, List<SpeakerPlacement> speakers, List<String> moderatorIds) {
        caller.call("session-participants/add", new AddRequest(eventId, sessionId, Lists.forRequest(speakers),
                Lists.forRequest(moderatorIds)), Acknowledgement.class);
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
