package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Sessions of events: their rules and their state. */
public final class SessionsBackend {
    /** The session table, as snapshots and the state file name it. */
    public static final TableKind<SessionRows> TABLE =
            new TableKind<>("sessions", SessionTable.class, SessionRows.class, SessionTable::new);
    private final Store store;
    private final Clock clock;

    public SessionsBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Session create(long partnerId, NewSession request) {
        check("session", request);
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            requireEvent(partner, request.eventId());
            return insert(partner, request, clock.instant());
        });
    }

    /** The checks of sessions/create, with fields named under {@code path} ({@code session} for an API body). */
    public void check(String path, NewSession request) {
        if (request.type() == SessionType.Invalid) {
            throw ApiErrors.invalidArgument(JsonBody.name(path, "type") + " Invalid is a placeholder, not a session type");
        }
        if (!request.endDate().isAfter(request.startDate())) {
            throw ApiErrors.invalidArgument(JsonBody.name(path, "endDate") + " must be after "
                    + JsonBody.name(path, "startDate"));
        }
    }

    /**
     * Stores a session that passed {@link #check} in its event, which must exist, and returns it.
     * Call under the partner's write lock.
     */
    public Session insert(PartnerData partner, NewSession request, Instant now) {
        Session session = new Session(store.ids().nextEntryId(), request.eventId(), request.name(),
                Objects.requireNonNullElse(request.description(), ""),
                request.type(), Objects.requireNonNullElse(request.visibility(), Visibility.published),
                request.startDate(), request.endDate(), Objects.requireNonNullElse(request.tags(), List.of()),
                Boolean.TRUE.equals(request.isManualLive()), request.imageUrlEntryId(), request.sourceEntryId(),
                0, now, now);
        sessions(partner).put(session);
        return session;
    }

    public List<Session> list(long partnerId, long eventId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> {
            requireEvent(partner, eventId);
            return List.copyOf(sessions(partner).of(eventId).values());
        });
    }

    public Session get(long partnerId, long eventId, String sessionId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> {
            requireEvent(partner, eventId);
            Session session = sessions(partner).of(eventId).get(sessionId);
            if (session == null) {
                throw ApiErrors.sessionNotFound(sessionId, eventId);
            }
            return session;
        });
    }

    /** How many sessions the partner's events hold, creating nothing. Call under the partner's lock. */
    public static int count(PartnerData partner) {
        SessionTable sessions = partner.existingTable(SessionTable.class);
        return sessions == null ? 0 : sessions.size();
    }

    /** The partner's session table, for features that read sessions. Call under the partner's lock. */
    public static SessionTable sessions(PartnerData partner) {
        return partner.table(SessionTable.class, SessionTable::new);
    }

    private static void requireEvent(PartnerData partner, long eventId) {
        if (!partner.hasEvent(eventId)) {
            throw ApiErrors.eventNotFound(eventId);
        }
    }
}
