package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Map;

/** The session-participants feature: add, update, list, remove {@code speakerId} on {@code sessionId}. */
final class SessionParticipants {
    /** session-participants/add of the event's speaker to the session. */
    final ChainBuilder addSpeaker;
    /** session-participants/update: the speaker moves and is hidden. */
    final ChainBuilder updateSpeaker;
    /** session-participants/list: the speaker is there. */
    final ChainBuilder list;
    /** session-participants/remove of the speaker (who stays a user of the event). */
    final ChainBuilder removeSpeaker;

    SessionParticipants(Api api) {
        addSpeaker = exec(api.post("session-participants/add", s -> Map.of(
                "eventId", s.getLong("eventId"),
                "sessionId", s.getString("sessionId"),
                "speakers", List.of(Map.of("userId", s.getString("speakerId"), "order", 1)))));

        updateSpeaker = exec(api.post("session-participants/update", s -> Map.of(
                "eventId", s.getLong("eventId"),
                "sessionId", s.getString("sessionId"),
                "speakers", List.of(Map.of("userId", s.getString("speakerId"), "order", 2, "isHidden", true)))));

        list = exec(api.post("session-participants/list", s -> Map.of(
                "eventId", s.getLong("eventId"), "sessionId", s.getString("sessionId")))
                .check(jsonPath("$.speakers[0].id").exists()));

        removeSpeaker = exec(api.post("session-participants/remove", s -> Map.of(
                "eventId", s.getLong("eventId"),
                "sessionId", s.getString("sessionId"),
                "speakerIds", List.of(s.getString("speakerId")))));
    }
}
