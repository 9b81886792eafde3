package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.ApiRequest;
import java.util.List;
import java.util.Objects;

/** session-participants/add, remove, update, list: read the body, call the backend, shape the answer. */
public final class ParticipantsController {
    private final ParticipantsBackend backend;

    public ParticipantsController(ParticipantsBackend backend) {
        this.backend = backend;
    }

    record StatusResponse(String status) {
    }

    record ParticipantListResponse(List<ParticipantView> speakers, List<ParticipantView> moderators, String status) {
    }

    public Object add(ApiRequest request) {
        JsonBody body = request.body().takingOnly("session-participants/add", "eventId", "sessionId", "speakers",
                "moderatorIds");
        backend.add(request.partnerId(), new ParticipantsAddition(body.requiredLong("eventId"),
                body.requiredText("sessionId"), speakers(body.optionalObjectList("speakers")),
                orEmpty(body.optionalStringList("moderatorIds"))));
        return new StatusResponse("ok");
    }

    /**
     * The contract types {@code speakerIds} and {@code moderatorIds} as arrays of arrays, an
     * evident slip: its own example and every other operation use plain user-id strings, so do we.
     */
    public Object remove(ApiRequest request) {
        JsonBody body = request.body().takingOnly("session-participants/remove", "eventId", "sessionId",
                "speakerIds", "moderatorIds");
        backend.remove(request.partnerId(), new ParticipantsRemoval(body.requiredLong("eventId"),
                body.requiredText("sessionId"), orEmpty(body.optionalStringList("speakerIds")),
                orEmpty(body.optionalStringList("moderatorIds"))));
        return new StatusResponse("ok");
    }

    public Object update(ApiRequest request) {
        JsonBody body = request.body().takingOnly("session-participants/update", "eventId", "sessionId", "speakers");
        long eventId = body.requiredLong("eventId");
        String sessionId = body.requiredText("sessionId");
        List<JsonBody> speakers = body.optionalObjectList("speakers");
        if (speakers == null) {
            throw ApiErrors.missingField("speakers");
        }
        backend.update(request.partnerId(), new SpeakerChanges(eventId, sessionId, speakers(speakers)));
        return new StatusResponse("ok");
    }

    public Object list(ApiRequest request) {
        JsonBody body = request.body().takingOnly("session-participants/list", "eventId", "sessionId");
        long partnerId = request.partnerId();
        ParticipantList list = backend.list(partnerId, body.requiredLong("eventId"), body.requiredText("sessionId"));
        return new ParticipantListResponse(
                list.speakers().stream().map(s -> ParticipantView.speaker(partnerId, s)).toList(),
                list.moderators().stream().map(m -> ParticipantView.moderator(partnerId, m)).toList(), "ok");
    }

    private static List<SpeakerInput> speakers(List<JsonBody> items) {
        return items == null ? List.of() : items.stream()
                .map(s -> SpeakerInput.read(s.takingOnly(s.path(), "userId", "order", "isHidden", "role"), "userId"))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> items) {
        return Objects.requireNonNullElse(items, List.of());
    }
}
