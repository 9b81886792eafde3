package dev.eventsim.simulator.sessions;

import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.eventusers.EventUser;
import dev.eventsim.simulator.api.ApiRequest;
import dev.eventsim.simulator.participants.ParticipantList.ListedSpeaker;
import dev.eventsim.simulator.participants.ParticipantsBackend;
import java.util.List;

/** sessions/create, list and speakerList. */
public final class SessionsController {
    private final SessionsBackend backend;
    private final ParticipantsBackend participants;

    public SessionsController(SessionsBackend backend, ParticipantsBackend participants) {
        this.backend = backend;
        this.participants = participants;
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
        JsonBody body = request.body().takingOnly("sessions/create", "eventId", "session");
        long eventId = body.requiredLong("eventId");
        NewSession session = NewSession.read(eventId, body.requiredObject("session").takingOnly("session", "name",
                "type", "description", "visibility", "startDate", "endDate", "tags", "isManualLive", "imageUrlEntryId",
                "sourceEntryId"));
        return new SessionResponse(SessionView.of(request.partnerId(), backend.create(request.partnerId(), session)), "ok");
    }

    public Object list(ApiRequest request) {
        long eventId = request.body().takingOnly("sessions/list", "eventId").requiredLong("eventId");
        List<SessionView> sessions = backend.list(request.partnerId(), eventId).stream()
                .map(s -> SessionView.of(request.partnerId(), s)).toList();
        return new SessionListResponse(sessions, "ok");
    }

    public Object speakerList(ApiRequest request) {
        JsonBody body = request.body().takingOnly("sessions/speakerList", "eventId", "sessionId");
        long partnerId = request.partnerId();
        List<SpeakerView> speakers = participants
                .list(partnerId, body.requiredLong("eventId"), body.requiredText("sessionId"))
                .speakers().stream()
                .map(s -> speakerView(partnerId, s))
                .toList();
        return new SpeakerListResponse(speakers, "ok");
    }

    /** The platform has no profile pages for invited users, so {@code profileLink} is always "". */
    private static SpeakerView speakerView(long partnerId, ListedSpeaker listed) {
        EventUser u = listed.user();
        return new SpeakerView(u.id(), u.email(), listed.speaker().order(), listed.speaker().isHidden(), u.firstName(),
                u.lastName(), "", u.title(), u.bio(), EntryIds.thumbnailUrl(partnerId, u.imageEntryId()));
    }
}
