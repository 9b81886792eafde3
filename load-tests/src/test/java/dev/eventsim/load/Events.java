package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The events feature: create, list, update, delete, duplicate and the duplication job's status.
 * Works on the session's {@code eventId}; a copy's id lands in {@code copyId}.
 */
final class Events {
    static final List<String> PRESET_TEMPLATES = List.of("tm0000", "tm1000", "tm2000", "tm3000", "tm4000");

    /** events/create with the session's {@code templateId} (tm1000 when none), saving {@code eventId}. */
    final ChainBuilder create;
    /** events/list: the newest page of this run's events. */
    final ChainBuilder list;
    /** events/update: a new description and labels. */
    final ChainBuilder update;
    /** events/delete of {@code eventId}. */
    final ChainBuilder delete;
    /**
     * The group of that name: events/duplicate of {@code eventId} with its speakers, then
     * events/duplicateStatus until the job completes, saving {@code copyId}. A copy that does not
     * appear within the poll timeout fails the group, though no request failed: the simulation
     * asserts on the group, so such a run fails.
     */
    final ChainBuilder duplication;
    static final String DUPLICATION = "duplication";
    /** events/delete of {@code copyId}, when the copy was made. */
    final ChainBuilder deleteCopy;

    Events(Api api, Duration pollInterval, Duration pollTimeout) {
        Run run = api.run();
        create = exec(api.post("events/create", s -> Map.of(
                        "templateId", s.contains("templateId") ? s.getString("templateId") : "tm1000",
                        "name", run.prefix() + " event " + s.userId(),
                        "startDate", start(s).toString(),
                        "endDate", start(s).plus(2, ChronoUnit.HOURS).toString(),
                        "timezone", "America/New_York"))
                .check(jsonPath("$.event.id").ofLong().saveAs("eventId")))
                .exitHereIfFailed()
                .exec(s -> {
                    run.createdEvent(s.getLong("eventId"));
                    return s;
                });

        list = exec(api.post("events/list", s -> Map.of(
                "filter", Map.of("searchTerm", run.prefix()),
                "orderBy", "-createdAt",
                "pager", Map.of("offset", 0, "limit", 15)))
                .check(jsonPath("$.totalCount").ofInt().gte(1)));

        update = exec(api.post("events/update", s -> Map.of(
                "id", s.getLong("eventId"),
                "description", "Updated by load user " + s.userId(),
                "labels", List.of(run.label("updated"))))
                .check(jsonPath("$.event.labels[0]").is(run.label("updated"))));

        delete = exec(deletion(api, "eventId", run));

        ChainBuilder duplicate = exec(api.post("events/duplicate", s -> Map.of(
                        "sourceEventId", s.getLong("eventId"),
                        "event", Map.of("name", run.prefix() + " copy " + s.userId(), "timezone", "Europe/London"),
                        "duplicateUsers", Map.of("roles", List.of("Speaker"), "skipEmail", true)))
                .check(jsonPath("$.jobId").saveAs("jobId")))
                .exec(s -> s.remove("jobState").remove("copyId"));

        ChainBuilder poll = exec(api.post("events/duplicateStatus", s -> Map.of("jobId", s.getString("jobId")))
                .check(jsonPath("$.jobState").not("failed").saveAs("jobState"))
                .check(jsonPath("$.eventId").optional().saveAs("copyId")));
        // the guide's advice: poll at intervals, give up after a timeout (it names 5 minutes)
        ChainBuilder awaitCopy = exec(s -> {
                    run.startedJob(s.getString("jobId"));
                    return s;
                })
                .exec(poll)
                .asLongAsDuring(s -> !done(s), pollTimeout).on(exec(pauseFor(pollInterval)).exec(poll))
                .exec(s -> {
                    if (!s.contains("copyId")) {
                        // inside the group: the group is KO, which the assertions count
                        return s.markAsFailed();
                    }
                    run.createdEvent(Long.parseLong(s.getString("copyId")));
                    run.finishedJob(s.getString("jobId"));
                    return s;
                });
        // a failed events/duplicate fails the group too; the user goes on to delete its event
        duplication = group(DUPLICATION).on(duplicate.doIf(s -> s.contains("jobId")).then(awaitCopy));

        deleteCopy = doIf(s -> s.contains("copyId")).then(deletion(api, "copyId", run));
    }

    /**
     * events/delete of the event whose id is in {@code key}. The run records it as deleted only when
     * the API said so ({@code "status": "ok"}): any other answer leaves it to the clean-up.
     */
    private static ChainBuilder deletion(Api api, String key, Run run) {
        return exec(s -> s.remove("deleted"))
                .exec(api.post("events/delete", s -> Map.of("id", id(s, key)))
                        .check(jsonPath("$.status").is("ok").saveAs("deleted")))
                .exec(s -> {
                    if (s.contains("deleted")) {
                        run.deletedEvent(id(s, key));
                    }
                    return s.remove("deleted");
                });
    }

    private static long id(Session s, String key) {
        Object value = s.get(key);
        return Long.parseLong(String.valueOf(value));
    }

    /** Future dates, one hour apart per virtual user: deterministic, and never in the past. */
    static Instant start(Session s) {
        return Instant.parse("2031-01-06T15:00:00Z").plus(s.userId() % 10_000, ChronoUnit.HOURS);
    }

    private static boolean done(Session s) {
        String state = s.contains("jobState") ? s.getString("jobState") : "";
        return state.equals("completed") || state.equals("failed") || !s.contains("jobState");
    }

    private static ChainBuilder pauseFor(Duration interval) {
        return interval.isZero() ? exec(s -> s) : pause(interval);
    }
}
