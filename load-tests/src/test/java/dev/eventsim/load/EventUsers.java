package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Map;

/** The event-users feature: invite, list, update, delete, on {@code eventId} and {@code speakerId}. */
final class EventUsers {
    /**
     * event-users/invite of a user with the Speaker role, saving {@code speakerId}; the address is
     * unique per run, virtual user and {@code speakerNo} (0 when not set).
     */
    final ChainBuilder inviteSpeaker;
    /** event-users/list of the event's speakers, by full name. */
    final ChainBuilder list;
    /** event-users/update: a title and company (the roles stay). */
    final ChainBuilder update;
    /** event-users/delete of {@code speakerId}. */
    final ChainBuilder delete;

    EventUsers(Api api) {
        Run run = api.run();
        inviteSpeaker = exec(api.post("event-users/invite", s -> Map.of(
                        "eventId", s.getLong("eventId"),
                        "firstName", "Speaker",
                        "lastName", "Number " + s.userId(),
                        "email", run.email("speaker" + (s.contains("speakerNo") ? s.getInt("speakerNo") : 0), s.userId()),
                        "roles", List.of("Speaker"),
                        "skipEmail", true))
                .check(jsonPath("$.user.id").saveAs("speakerId")))
                .exitHereIfFailed();

        list = exec(api.post("event-users/list", s -> Map.of(
                "eventId", s.getLong("eventId"),
                "filter", Map.of("roles", List.of("Speaker")),
                "orderBy", "+fullName",
                "pager", Map.of("offset", 0, "limit", 30)))
                .check(jsonPath("$.totalCount").ofInt().gte(1)));

        update = exec(api.post("event-users/update", s -> Map.of(
                "eventId", s.getLong("eventId"),
                "userId", s.getString("speakerId"),
                "title", "Keynote speaker",
                "company", "Load Testing Ltd")));

        delete = exec(api.post("event-users/delete", s -> Map.of(
                "eventId", s.getLong("eventId"), "userId", s.getString("speakerId"))));
    }
}
