package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Sessions of events: their rules and their state. */
public final class SessionsBackend {
    private final Store store;
    private final Clock clock;

    public SessionsBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Session create(long partnerId, NewSession request) {
        if (request.type() == SessionType.Invalid) {
            throw ApiErrors.invalidArgument("session.type Invalid is a placeholder, not a session type");
        }
        if (!request.endDate().isAfter(request.startDate())) {
            throw ApiErrors.invalidArgument("session.endDate must be after session.startDate");
        }
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            requireEvent(partner, request.eventId());
            Instant now = clock.instant();
            Session session = new Session(store.ids().nextEntryId(), request.eventId(), request.name(),
                    Objects.requireNonNullElse(request.description(), ""),
                    request.type(), Objects.requireNonNullElse(request.visibility(), Visibility.published),
                    request.startDate(), request.endDate(), Objects.requireNonNullElse(request.tags(), List.of()),
                    Boolean.TRUE.equals(request.isManualLive()), request.imageUrlEntryId(), request.sourceEntryId(),
                    0, now, now);
            partner.putSession(session);
            return session;
        });
    }

    public List<Session> list(long partnerId, long eventId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> {
            requireEvent(partner, eventId);
            return List.copyOf(partner.sessionsOf(eventId).values());
        });
    }

    public Session get(long partnerId, long eventId, String sessionId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> {
            requireEvent(partner, eventId);
            Session session = partner.sessionsOf(eventId).get(sessionId);
            if (session == null) {
                throw ApiErrors.sessionNotFound(sessionId, eventId);
            }
            return session;
        });
    }

    private static void requireEvent(PartnerData partner, long eventId) {
        if (!partner.events().containsKey(eventId)) {
            throw ApiErrors.eventNotFound(eventId);
        }
    }
}
