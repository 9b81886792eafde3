package dev.eventsim.load.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The calls of the lifecycle mix, in the order and proportions of the Gatling lifecycle simulation
 * (EventLifecycleSimulation): create from a preset template, two sessions, two speakers invited and
 * put on the sessions, the four lists, an update, a duplication polled until the copy is there, and
 * the two deletes. Each call is built from what the answers before it said ({@link Lifecycle}).
 */
final class MixCalls {
    /**
     * One operation of the mix, called {@code perLifecycle} times a lifecycle; {@code reader} takes
     * what later calls need from the answer (null: nothing is needed, and the body is not kept).
     */
    record Call(String operation, int perLifecycle, Body body, Reader reader) {
    }

    interface Body {
        String of(Lifecycle life, int k);
    }

    interface Reader {
        void read(Lifecycle life, int k, JsonNode answer);
    }

    /** What one event's lifecycle learnt from its answers. */
    static final class Lifecycle {
        final int batch;
        final int number;
        String eventId;
        final String[] sessionIds = new String[2];
        final String[] speakerIds = new String[2];
        String jobId;
        String copyId;
        boolean copied;

        Lifecycle(int batch, int number) {
            this.batch = batch;
            this.number = number;
        }

        String tag() {
            return batch + "-" + number;
        }

        Instant start() {
            return Instant.parse("2031-01-05T15:00:00Z").plus(number % 5000, ChronoUnit.HOURS);
        }
    }

    private static final List<String> TEMPLATES = List.of("tm0000", "tm1000", "tm2000", "tm3000", "tm4000");
    private static final List<String> SESSION_TYPES = List.of("MeetingEntry", "LiveWebcast", "SimuLive");

    private MixCalls() {
    }

    static final List<Call> ALL = List.of(
            reading("events/create", 1,
                    (l, k) -> "{\"templateId\": \"" + TEMPLATES.get(l.number % TEMPLATES.size()) + "\", \"name\": \"mix event "
                            + l.tag() + "\", \"startDate\": \"" + l.start() + "\", \"endDate\": \""
                            + l.start().plus(2, ChronoUnit.HOURS) + "\", \"timezone\": \"America/New_York\"}",
                    (l, k, a) -> l.eventId = a.path("event").path("id").asText()),
            reading("sessions/create", 2,
                    (l, k) -> "{\"eventId\": " + l.eventId + ", \"session\": {\"name\": \"mix session " + l.tag() + "-" + k
                            + "\", \"type\": \"" + SESSION_TYPES.get(k % SESSION_TYPES.size()) + "\", \"startDate\": \""
                            + l.start() + "\", \"endDate\": \"" + l.start().plus(1, ChronoUnit.HOURS) + "\"}}",
                    (l, k, a) -> l.sessionIds[k] = a.path("session").path("id").asText()),
            reading("event-users/invite", 2,
                    (l, k) -> "{\"eventId\": " + l.eventId + ", \"firstName\": \"Speaker\", \"lastName\": \"Number "
                            + l.tag() + "\", \"email\": \"mix.speaker" + k + "." + l.tag()
                            + "@example.com\", \"roles\": [\"Speaker\"], \"skipEmail\": true}",
                    (l, k, a) -> l.speakerIds[k] = a.path("user").path("id").asText()),
            plain("session-participants/add", 2,
                    (l, k) -> "{\"eventId\": " + l.eventId + ", \"sessionId\": \"" + l.sessionIds[k]
                            + "\", \"speakers\": [{\"userId\": \"" + l.speakerIds[k] + "\", \"order\": 1}]}"),
            // a moving filter: the window opens at this lifecycle's start, so no two calls ask the same
            plain("events/list", 1,
                    (l, k) -> "{\"filter\": {\"searchTerm\": \"mix\", \"startDateGreaterThanOrEqual\": \"" + l.start()
                            + "\"}, \"orderBy\": \"-createdAt\", \"pager\": {\"offset\": 0, \"limit\": 15}}"),
            plain("sessions/list", 1, (l, k) -> "{\"eventId\": " + l.eventId + "}"),
            plain("event-users/list", 1,
                    (l, k) -> "{\"eventId\": " + l.eventId + ", \"filter\": {\"roles\": [\"Speaker\"]}, "
                            + "\"orderBy\": \"+fullName\", \"pager\": {\"offset\": 0, \"limit\": 30}}"),
            plain("sessions/speakerList", 1,
                    (l, k) -> "{\"eventId\": " + l.eventId + ", \"sessionId\": \"" + l.sessionIds[0] + "\"}"),
            plain("events/update", 1,
                    (l, k) -> "{\"id\": " + l.eventId + ", \"description\": \"Updated by mix " + l.tag()
                            + "\", \"labels\": [\"mix-updated\"]}"),
            reading("events/duplicate", 1,
                    (l, k) -> "{\"sourceEventId\": " + l.eventId + ", \"event\": {\"name\": \"mix copy " + l.tag()
                            + "\", \"timezone\": \"Europe/London\"}, \"duplicateUsers\": {\"roles\": [\"Speaker\"], "
                            + "\"skipEmail\": true}}",
                    (l, k, a) -> l.jobId = a.path("jobId").asText()),
            reading("events/duplicateStatus", 1,
                    (l, k) -> "{\"jobId\": \"" + l.jobId + "\"}",
                    (l, k, a) -> {
                        l.copied = "completed".equals(a.path("jobState").asText());
                        l.copyId = a.path("eventId").asText(null);
                    }),
            plain("events/delete", 2, (l, k) -> "{\"id\": " + (k == 0 ? l.copyId : l.eventId) + "}"));

    private static Call plain(String operation, int perLifecycle, Body body) {
        return new Call(operation, perLifecycle, body, null);
    }

    private static Call reading(String operation, int perLifecycle, Body body, Reader reader) {
        return new Call(operation, perLifecycle, body, reader);
    }
}
