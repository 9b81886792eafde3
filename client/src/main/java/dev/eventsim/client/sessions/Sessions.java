package dev.eventsim.client.sessions;

import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.Lists;
import java.util.List;

/** The {@code sessions/*} operations. Get it from {@code EventsClient.sessions()}. */
public final class Sessions {

    record CreateRequest(long eventId, NewSession session) {
    }

    record SessionEnvelope(Session session) {
    }

    record EventRequest(long eventId) {
    }

    record SessionList(List<Session> sessions) {
    }

    record SpeakerListRequest(long eventId, String sessionId) {
    }

    record SpeakerList(List<Speaker> speakers) {
    }

    private final Caller caller;

    /** Made by {@code EventsClient}. */
    public Sessions(Caller caller) {
        this.caller = caller;
    }

    /** Adds a session to the event's agenda. */
    public Session create(long eventId, NewSession session) {
        return caller.call("sessions/create", new CreateRequest(eventId, session), SessionEnvelope.class).session();
    }

    /** Every session of the event, the ones its template made included; there is no paging. */
    public List<Session> list(long eventId) {
        return Lists.fromAnswer(caller.call("sessions/list", new EventRequest(eventId), SessionList.class).sessions());
    }

    /** The session's speakers, by {@code order}. */
    public List<Speaker> speakerList(long eventId, String sessionId) {
        return Lists.fromAnswer(caller.call("sessions/speakerList", new SpeakerListRequest(eventId, sessionId),
                SpeakerList.class).speakers());
    }
}
