package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Timezones;
import dev.eventsim.simulator.categories.EventCategories;
import dev.eventsim.simulator.categories.LeftoverCategories;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.sessions.Visibility;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import dev.eventsim.simulator.templates.Template;
import dev.eventsim.simulator.templates.Templates;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Events: their rules and their state. Every check runs before the first change. */
public final class EventsBackend {
    /** The event table, as snapshots and the state file name it. */
    public static final TableKind<EventRows> TABLE =
            new TableKind<>("events", EventTable.class, EventRows.class, EventTable::new);
    private static final List<String> DEFAULT_LANGUAGES = List.of("en");

    private final Store store;
    private final Clock clock;
    private final EventLimit eventLimit;
    private final LeftoverCategories leftovers;
    private final LeftoverCategories.Dropped dropped;

    public EventsBackend(Store store, Clock clock) {
        this(store, clock, EventLimit.NONE);
    }

    public EventsBackend(Store store, Clock clock, EventLimit eventLimit) {
        this(store, clock, eventLimit, LeftoverCategories.defaults(), new LeftoverCategories.Dropped());
    }

    /** {@code dropped} counts the categories events/delete removed past the cap of {@code leftovers}. */
    public EventsBackend(Store store, Clock clock, EventLimit eventLimit, LeftoverCategories leftovers,
                         LeftoverCategories.Dropped dropped) {
        this.store = store;
        this.clock = clock;
        this.eventLimit = eventLimit;
        this.leftovers = leftovers;
        this.dropped = dropped;
    }

    public Event create(long partnerId, NewEvent request) {
        Template template = check("", request);
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            requireRoomForAnEvent(partner);
            return insert(partner, request, template, List.of(), clock.instant());
        });
    }

    /**
     * The checks of events/create, with fields named under {@code path} ("" for an API body):
     * answers the template the event is made from, or throws a 400.
     */
    public Template check(String path, NewEvent request) {
        Template template = Templates.resolve(JsonBody.name(path, "templateId"), request.templateId());
        Timezones.check(JsonBody.name(path, "timezone"), request.timezone());
        requireEndAfterStart(path, request.startDate(), request.endDate());
        return template;
    }

    /**
     * Stores an event that passed {@link #check}, with its template's sessions and its categories,
     * and returns it. Every way of making an event goes through here (events/create, seeding).
     * Call under the partner's write lock.
     */
    public Event insert(PartnerData partner, NewEvent request, Template template, List<String> labels, Instant now) {
        Event event = new Event(store.ids().nextEventId(), partner.partnerId(), request.name(),
                Objects.requireNonNullElse(request.description(), ""), request.startDate(), request.endDate(),
                request.timezone(), null, null, List.copyOf(labels), DEFAULT_LANGUAGES, true, request.startDate(),
                template.id(), template.name(), now, now);
        for (Template.PresetSession preset : template.sessions()) {
            SessionsBackend.sessions(partner).put(new Session(store.ids().nextEntryId(), event.id(), preset.name(), "",
                    preset.type(), Visibility.published, event.startDate(), event.endDate(), List.of(), false,
                    null, null, 0, now, now));
        }
        addEvent(partner, event, now);
        return event;
    }

    public EventPage list(long partnerId, EventQuery query) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> events(partner).search(query));
    }

    public Event get(long partnerId, long eventId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> existing(partner, eventId));
    }

    public Event update(long partnerId, EventChanges changes) {
        Timezones.check("timezone", changes.timezone());
        EntryIds.check("logoEntryId", changes.logoEntryId());
        EntryIds.check("bannerEntryId", changes.bannerEntryId());
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            Event old = existing(partner, changes.id());
            Instant start = or(changes.startDate(), old.startDate());
            Instant end = or(changes.endDate(), old.endDate());
            requireEndAfterStart("", start, end);
            Event updated = new Event(old.id(), partnerId, or(changes.name(), old.name()),
                    or(changes.description(), old.description()), start, end, or(changes.timezone(), old.timezone()),
                    or(changes.logoEntryId(), old.logoEntryId()), or(changes.bannerEntryId(), old.bannerEntryId()),
                    or(changes.labels(), old.labels()), old.languages(), old.isRegistrationOpen(),
                    or(changes.doorsOpenDate(), old.doorsOpenDate()), old.templateId(), old.templateName(),
                    old.createdAt(), clock.instant());
            events(partner).put(updated);
            return updated;
        });
    }

    /**
     * Deletes the event with its sessions and all it holds, and returns it as it was. Its categories
     * stay behind, as the platform leaves them, within the cap of {@link LeftoverCategories}.
     */
    public Event delete(long partnerId, long eventId) {
        PartnerData partner = store.partner(partnerId);
        return partner.write(() -> {
            Event event = existing(partner, eventId);
            partner.forgetEvent(eventId);
            leftovers.eventDeleted(partner, eventId, clock.instant(), dropped);
            return event;
        });
    }

    /**
     * Stores a new event with what the platform makes alongside every event, its categories.
     * Every way of making an event goes through here (events/create now, duplication later).
     * Call under the partner's write lock, after every check.
     */
    private void addEvent(PartnerData partner, Event event, Instant now) {
        events(partner).put(event);
        EventCategories.record(partner, store.ids(), event.id(), now);
    }

    /** The documented quirk: at its event limit, events/create fails with a 500 and creates nothing. */
    private void requireRoomForAnEvent(PartnerData partner) {
        OptionalLong max = eventLimit.maxEvents(partner.partnerId());
        if (max.isPresent() && events(partner).size() >= max.getAsLong()) {
            throw ApiErrors.eventLimitReached(partner.partnerId(), events(partner).size(), max.getAsLong());
        }
    }

    private static Event existing(PartnerData partner, long eventId) {
        Event event = events(partner).get(eventId);
        if (event == null) {
            throw ApiErrors.eventNotFound(eventId);
        }
        return event;
    }

    /** How many events the partner holds, creating nothing. Call under the partner's lock. */
    public static int count(PartnerData partner) {
        EventTable events = partner.existingTable(EventTable.class);
        return events == null ? 0 : events.size();
    }

    /** The partner's event table, for features that read events. Call under the partner's lock. */
    public static EventTable events(PartnerData partner) {
        return partner.table(EventTable.class, EventTable::new);
    }

    private static void requireEndAfterStart(String path, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw ApiErrors.invalidArgument(JsonBody.name(path, "endDate") + " must be after "
                    + JsonBody.name(path, "startDate"));
        }
    }

    private static <T> T or(T sent, T current) {
        return sent == null ? current : sent;
    }
}
