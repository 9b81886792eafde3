package dev.eventsim.client.sessions;

import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.Instants;
import dev.eventsim.client.internal.Lists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    private final Clock clock;
    private final Duration createdAtTolerance;

    /**
     * Made by {@code EventsClient}. Public only because the client builds it from another package;
     * its {@code Caller} is in the unexported {@code internal} package, so no one else can call it.
     */
    @SuppressWarnings("exports")
    public Sessions(Caller caller, Clock clock, Duration createdAtTolerance) {
        this.caller = caller;
        this.clock = clock;
        this.createdAtTolerance = createdAtTolerance;
    }

    /**
     * Adds a session to the event's agenda. {@code sessions/create} is not idempotent: after a 5xx
     * or a lost answer this lists the event's sessions and returns the newest one of that name,
     * type and dates created since the call began (less the {@code createdAtTolerance}); only if
     * there is none does it send the create again.
     */
    public Session create(long eventId, NewSession session) {
        Instant startedAt = clock.instant();
        return caller.create("sessions/create", new CreateRequest(eventId, session), SessionEnvelope.class,
                failure -> findCreated(eventId, session, startedAt).map(SessionEnvelope::new)).session();
    }

    private Optional<Session> findCreated(long eventId, NewSession sent, Instant startedAt) {
        Instant notBefore = startedAt.minus(createdAtTolerance);
        return list(eventId).stream()
                .filter(s -> s.createdAt() != null && !s.createdAt().isBefore(notBefore))
                .filter(s -> sent.name().equals(s.name()) && sent.type() == s.type()
                        && Instants.sameMillisecond(s.startDate(), sent.startDate())
                        && Instants.sameMillisecond(s.endDate(), sent.endDate()))
                .max(Comparator.comparing(Session::createdAt));
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
