package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.JsonBody;
import java.time.Instant;
import java.util.List;

/** The fields of sessions/create, read and typed; null where not sent. */
public record NewSession(
        long eventId,
        String name,
        SessionType type,
        String description,
        Visibility visibility,
        Instant startDate,
        Instant endDate,
        List<String> tags,
        Boolean isManualLive,
        String imageUrlEntryId,
        String sourceEntryId) {

    /** Reads the {@code session} object of sessions/create (or one shaped like it, such as a session of a seed). */
    public static NewSession read(long eventId, JsonBody s) {
        return new NewSession(eventId, s.requiredText("name"), type(s), s.optionalString("description"),
                visibility(s), s.requiredInstant("startDate"), s.requiredInstant("endDate"),
                s.optionalStringList("tags"), s.optionalBoolean("isManualLive"),
                EntryIds.check(s.name("imageUrlEntryId"), s.optionalString("imageUrlEntryId")),
                EntryIds.check(s.name("sourceEntryId"), s.optionalString("sourceEntryId")));
    }

    /** The same session for another event. */
    public NewSession withEventId(long id) {
        return new NewSession(id, name, type, description, visibility, startDate, endDate, tags, isManualLive,
                imageUrlEntryId, sourceEntryId);
    }

    private static SessionType type(JsonBody s) {
        String type = s.requiredString("type");
        try {
            return SessionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.invalidArgument(s.name("type") + " '" + type
                    + "' is not one of MeetingEntry, SimuLive, LiveWebcast, LiveKME, VirtualLearningRoom");
        }
    }

    private static Visibility visibility(JsonBody s) {
        String visibility = s.optionalString("visibility");
        if (visibility == null) {
            return null;
        }
        Visibility v = Visibility.ofWireName(visibility);
        if (v == null) {
            throw ApiErrors.invalidArgument(s.name("visibility") + " '" + visibility
                    + "' is not one of published, unlisted, private");
        }
        return v;
    }
}
