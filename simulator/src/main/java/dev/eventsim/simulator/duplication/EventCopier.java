package dev.eventsim.simulator.duplication;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.categories.EventCategories;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventTable;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.SessionTable;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.EventCopy;
import dev.eventsim.simulator.state.IdGenerator;
import dev.eventsim.simulator.state.PartnerData;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the copy of a source event when its job completes, in one step under the partner's write
 * lock: the new event with its platform categories, its sessions (new ids, shifted with the event), and what event-scoped
 * tables copy (the event users of the roles asked for).
 */
final class EventCopier {
    private EventCopier() {
    }

    /** Returns the new event, or throws a 4xx {@code ApiException} when the copy cannot be made. */
    static Event copy(PartnerData partner, IdGenerator ids, DuplicateRequest request, Instant now) {
        EventTable events = EventsBackend.events(partner);
        Event source = events.get(request.sourceEventId());
        if (source == null) {
            throw ApiErrors.eventNotFound(request.sourceEventId());
        }
        Instant start = request.startDate() != null ? request.startDate() : source.startDate();
        Duration shift = Duration.between(source.startDate(), start);
        Instant end = request.endDate() != null ? request.endDate() : source.endDate().plus(shift);
        if (!end.isAfter(start)) {
            throw ApiErrors.invalidArgument("event.endDate must be after the copy's startDate " + start);
        }
        Event copy = new Event(ids.nextEventId(), source.partnerId(), request.name(),
                Objects.requireNonNullElse(request.description(), source.description()), start, end,
                request.timezone(), source.logoEntryId(), source.bannerEntryId(), source.labels(), source.languages(),
                source.isRegistrationOpen(), source.doorsOpenDate().plus(shift), source.templateId(),
                source.templateName(), now, now);
        events.put(copy);
        EventCategories.record(partner, ids, copy.id(), now);
        Map<String, String> sessionIds = new LinkedHashMap<>();
        SessionTable sessions = SessionsBackend.sessions(partner);
        for (Session s : sessions.of(source.id()).values()) {
            Session copied = new Session(ids.nextEntryId(), copy.id(), s.name(), s.description(), s.type(),
                    s.visibility(), s.startDate().plus(shift), s.endDate().plus(shift), s.tags(), s.isManualLive(),
                    s.imageEntryId(), s.sourceEntryId(), 0, now, now);
            sessions.put(copied);
            sessionIds.put(s.id(), copied.id());
        }
        partner.copyEventScoped(new EventCopy(source.id(), copy.id(), sessionIds, request.userRoles(), now));
        return copy;
    }
}
