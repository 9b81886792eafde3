package dev.eventsim.simulator.seeding;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.NewEvent;
import dev.eventsim.simulator.participants.SpeakerInput;
import dev.eventsim.simulator.sessions.NewSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a seed request, the body of {@code POST /__sim/seed} and each entry of a seed file:
 * {@code events} is either a number (generate that many from {@code seed}) or an array of events,
 * each an events/create body with {@code labels}, {@code users} (event-users/invite bodies) and
 * {@code sessions} (sessions/create {@code session} objects with {@code speakers} and
 * {@code moderators} named by their users' emails). The API-shaped objects are read by the same
 * code the API reads them with; every error names the field.
 */
public final class SeedReader {
    private static final Set<String> GENERATED_FIELDS = Set.of("partnerId", "events", "seed", "sessionsPerEvent",
            "usersPerEvent", "speakersPerSession", "startDateFrom", "startDateTo");
    private static final Set<String> LISTED_FIELDS = Set.of("partnerId", "events");

    private SeedReader() {
    }

    public static SeedRequest read(JsonBody body, long defaultPartnerId) {
        Long partnerId = body.optionalLong("partnerId");
        if (partnerId != null && partnerId <= 0) {
            throw ApiErrors.invalidArgument(body.name("partnerId") + " must be positive, got " + partnerId);
        }
        long partner = partnerId == null ? defaultPartnerId : partnerId;
        if (!body.has("events")) {
            throw ApiErrors.missingField(body.name("events"));
        }
        if (body.isNumber("events")) {
            onlyFields(body, GENERATED_FIELDS, "when events is a number");
            return new SeedRequest.Generated(partner, generation(body));
        }
        if (!body.isArray("events")) {
            throw ApiErrors.wrongType(body.name("events"), "a number (how many events to generate) or an array of events");
        }
        List<JsonBody> events = body.optionalObjectList("events");
        onlyFields(body, LISTED_FIELDS, "when events is an array (seed, sessionsPerEvent, usersPerEvent, "
                + "speakersPerSession and startDate bounds are for generated events)");
        if (events.size() > Generation.MAX_EVENTS) {
            throw ApiErrors.invalidArgument(body.name("events") + " holds " + events.size() + " events; at most "
                    + Generation.MAX_EVENTS + " are seeded in one call");
        }
        List<EventSeed> seeds = new ArrayList<>(events.size());
        for (JsonBody event : events) {
            seeds.add(event(event));
        }
        return new SeedRequest.Listed(partner, seeds);
    }

    private static Generation generation(JsonBody body) {
        int events = bounded(body, "events", body.requiredLong("events"), 0, Generation.MAX_EVENTS);
        long seed = body.requiredLong("seed");
        int sessions = bounded(body, "sessionsPerEvent", or(body.optionalLong("sessionsPerEvent"),
                Generation.DEFAULT_SESSIONS_PER_EVENT), 0, Generation.MAX_SESSIONS_PER_EVENT);
        int users = bounded(body, "usersPerEvent", or(body.optionalLong("usersPerEvent"),
                Generation.DEFAULT_USERS_PER_EVENT), 0, Generation.MAX_USERS_PER_EVENT);
        int speakers = bounded(body, "speakersPerSession", or(body.optionalLong("speakersPerSession"),
                Math.min(Generation.DEFAULT_SPEAKERS_PER_SESSION, users)), 0, users);
        long records = (long) events * (1 + sessions + users);
        if (records > Generation.MAX_RECORDS) {
            throw ApiErrors.invalidArgument(body.name("events") + " × (1 + sessionsPerEvent + usersPerEvent) is "
                    + records + "; at most " + Generation.MAX_RECORDS + " records are seeded in one call");
        }
        Instant from = body.optionalInstant("startDateFrom");
        Instant to = body.optionalInstant("startDateTo");
        if (from == null) {
            from = to == null ? Generation.DEFAULT_START_DATE_FROM : to.minus(Generation.DEFAULT_WINDOW);
        }
        if (to == null) {
            to = from.plus(Generation.DEFAULT_WINDOW);
        }
        if (!to.isAfter(from)) {
            throw ApiErrors.invalidArgument(body.name("startDateTo") + " must be after " + body.name("startDateFrom"));
        }
        return new Generation(events, seed, sessions, users, speakers, from, to);
    }

    private static EventSeed event(JsonBody body) {
        NewEvent event = NewEvent.read(body);
        List<String> labels = Objects.requireNonNullElse(body.optionalStringList("labels"), List.of());
        List<NewEventUser> users = new ArrayList<>();
        for (JsonBody user : orEmpty(body.optionalObjectList("users"))) {
            users.add(NewEventUser.read(0, user));
        }
        List<SessionSeed> sessions = new ArrayList<>();
        for (JsonBody session : orEmpty(body.optionalObjectList("sessions"))) {
            List<SpeakerInput> speakers = new ArrayList<>();
            for (JsonBody speaker : orEmpty(session.optionalObjectList("speakers"))) {
                speakers.add(SpeakerInput.read(speaker, "email"));
            }
            sessions.add(new SessionSeed(NewSession.read(0, session), speakers,
                    orEmpty(session.optionalStringList("moderators"))));
        }
        return new EventSeed(event, labels, users, sessions);
    }

    private static void onlyFields(JsonBody body, Set<String> allowed, String when) {
        for (String field : body.fieldNames()) {
            if (body.has(field) && !allowed.contains(field)) {
                throw ApiErrors.invalidArgument(body.name(field) + " is not a field of a seed " + when);
            }
        }
    }

    private static int bounded(JsonBody body, String field, long value, int min, int max) {
        if (value < min || value > max) {
            throw ApiErrors.invalidArgument(body.name(field) + " must be between " + min + " and " + max + ", got " + value);
        }
        return (int) value;
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }
}

