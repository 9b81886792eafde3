package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The sessions feature: create, list and speakerList, on the session's {@code eventId}. */
final class Sessions {
    /** The session types a load user adds, one after the other. */
    static final List<String> TYPES = List.of("MeetingEntry", "LiveWebcast", "SimuLive");

    /** sessions/create of a {@code sessionType} session (MeetingEntry when none), saving {@code sessionId}. */
    final ChainBuilder create;
    /** sessions/list of the event: at least one session. */
    final ChainBuilder list;
    /** sessions/speakerList of {@code sessionId}. */
    final ChainBuilder speakerList;

    Sessions(Api api) {
        Run run = api.run();
        create = exec(api.post("sessions/create", s -> Map.of(
                        "eventId", s.getLong("eventId"),
                        "session", Map.of(
                                "name", run.prefix() + " session of user " + s.userId(),
                                "type", s.contains("sessionType") ? s.getString("sessionType") : "MeetingEntry",
                                "startDate", Events.start(s).toString(),
                                "endDate", Events.start(s).plus(1, ChronoUnit.HOURS).toString())))
                .check(jsonPath("$.session.id").saveAs("sessionId")))
                .exitHereIfFailed();

        list = exec(api.post("sessions/list", s -> Map.of("eventId", s.getLong("eventId")))
                .check(jsonPath("$.sessions[0].id").exists()));

        speakerList = exec(api.post("sessions/speakerList", s -> Map.of(
                "eventId", s.getLong("eventId"), "sessionId", s.getString("sessionId")))
                .check(jsonPath("$.speakers").exists()));
    }
}
