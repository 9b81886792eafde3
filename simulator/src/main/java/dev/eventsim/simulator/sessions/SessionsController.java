package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.http.ApiRequest;
import java.util.List;

/** sessions/create, list and speakerList. */
public final class SessionsController {
    private final SessionsBackend backend;

    public SessionsController(SessionsBackend backend) {
        this.backend = backend;
    }

    record SessionResponse(SessionView session, String status) {
    }

    record SessionListResponse(List<SessionView> sessions, String status) {
    }

    /** A speaker of a session as speakerList writes it. */
    public record SpeakerView(String id, String email, int order, boolean isHidden, String firstName,
                              String lastName, String profileLink, String title, String bio, String thumbnailUrl) {
    }

    record SpeakerListResponse(List<SpeakerView> speakers, String status) {
    }

    public Object create(ApiRequest request) {
        JsonBody body = request.body();
        long eventId = body.requiredLong("eventId");
        JsonBody s = body.requiredObject("session");
        NewSession session = new NewSession(eventId, s.requiredText("name"), type(s), s.optionalString("description"),
                visibility(s), s.requiredInstant("startDate"), s.requiredInstant("endDate"),
                s.optionalStringList("tags"), s.optionalBoolean("isManualLive"),
                EntryIds.check(s.name("imageUrlEntryId"), s.optionalString("imageUrlEntryId")),
                EntryIds.check(s.name("sourceEntryId"), s.optionalString("sourceEntryId")));
        return new SessionResponse(SessionView.of(request.partnerId(), backend.create(request.partnerId(), session)), "ok");
    }

    public Object list(ApiRequest request) {
        long eventId = request.body().requiredLong("eventId");
        List<SessionView> sessions = backend.list(request.partnerId(), eventId).stream()
                .map(s -> SessionView.of(request.partnerId(), s)).toList();
        return new SessionListResponse(sessions, "ok");
    }

    public Object speakerList(ApiRequest request) {
        JsonBody body = request.body();
        backend.get(request.partnerId(), body.requiredLong("eventId"), body.requiredText("sessionId"));
        // Speakers are assigned through session-participants (issue 3); until then a session has none.
        return new SpeakerListResponse(List.of(), "ok");
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
