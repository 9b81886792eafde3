package dev.eventsim.simulator.duplication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.admin.JobView;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Refused;
import dev.eventsim.simulator.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicationTest extends ApiTest {
    private long sourceId;

    @BeforeEach
    void aSourceEventWithLabelsAndSessions() {
        api.control().freezeClockAt(Instant.parse("2030-01-01T00:00:00Z"));
        sourceId = api.post("events/create", Events.anEvent().withTemplate("tm4000").withName("Source")
                .with("description", "the original").withDates("2030-05-01T14:00:00Z", "2030-05-01T16:00:00Z")
                .body()).json().path("event").path("id").asLong();
        api.post("events/update", Map.of("id", sourceId, "labels", List.of("q2", "all-hands"),
                "doorsOpenDate", "2030-05-01T13:30:00Z"));
    }

    private String duplicate(Map<String, Object> event) {
        ApiResponse started = api.post("events/duplicate", Map.of("sourceEventId", sourceId, "event", event));
        assertThat(started.statusCode()).as(started.rawBody()).isEqualTo(200);
        assertThat(started.status()).isEqualTo("ok");
        return started.json().path("jobId").asText();
    }

    private String duplicate() {
        return duplicate(Map.of("name", "Copy", "timezone", "Europe/Berlin"));
    }

    private ApiResponse poll(String jobId) {
        return api.post("events/duplicateStatus", Map.of("jobId", jobId));
    }

    private String jobState(String jobId) {
        return poll(jobId).json().path("jobState").asText();
    }

    private int eventCount() {
        return api.post("events/list", Map.of()).json().path("totalCount").asInt();
    }

    private JsonNode event(long id) {
        return api.post("events/list", Map.of("filter", Map.of("idIn", List.of(id)))).json().path("events").get(0);
    }

    private void advance(String duration) {
        api.control().advanceClock(Durations.parse("duration", duration));
    }

    @Test
    void by_default_a_job_waits_a_few_seconds_of_clock_time_then_completes_with_the_new_event_id() {
        String jobId = duplicate();
        assertThat(jobId).matches("[0-9]+");

        ApiResponse waiting = poll(jobId);
        assertThat(waiting.json().path("jobState").asText()).isEqualTo("wait");
        assertThat(waiting.json().has("eventId")).as("no eventId before completion").isFalse();
        assertThat(waiting.json().path("jobId").asText()).isEqualTo(jobId);
        assertThat(eventCount()).as("the copy is not there while the job waits").isEqualTo(1);

        advance("3s");
        ApiResponse done = poll(jobId);

        assertThat(done.json().path("jobState").asText()).isEqualTo("completed");
        assertThat(done.json().path("eventId").isTextual()).as("the contract types eventId as a string").isTrue();
        long copyId = Long.parseLong(done.json().path("eventId").asText());
        assertThat(copyId).isNotEqualTo(sourceId);
        assertThat(eventCount()).isEqualTo(2);
        assertThat(poll(jobId).json().path("eventId").asText()).as("completed is final").isEqualTo(Long.toString(copyId));
    }

    @Test
    void the_copy_takes_the_new_name_and_timezone_and_the_source_labels_template_and_sessions() {
        String jobId = duplicate();
        advance("1m");
        long copyId = Long.parseLong(poll(jobId).json().path("eventId").asText());

        JsonNode source = event(sourceId);
        JsonNode copy = event(copyId);
        assertThat(copy.path("name").asText()).isEqualTo("Copy");
        assertThat(copy.path("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(copy.path("description").asText()).as("the source's when none is given").isEqualTo("the original");
        assertThat(copy.path("labels")).isEqualTo(source.path("labels"));
        assertThat(copy.path("templateId").asText()).isEqualTo("tm4000");
        assertThat(copy.path("templateName").asText()).isEqualTo(source.path("templateName").asText());
        assertThat(copy.path("startDate")).isEqualTo(source.path("startDate"));
        assertThat(copy.path("endDate")).isEqualTo(source.path("endDate"));
        assertThat(copy.path("createdAt").asText()).as("made when the job completed").isEqualTo("2030-01-01T00:01:00.000Z");

        List<JsonNode> sourceSessions = sessions(sourceId);
        List<JsonNode> copySessions = sessions(copyId);
        assertThat(copySessions).hasSameSizeAs(sourceSessions).hasSize(2);
        for (int i = 0; i < copySessions.size(); i++) {
            assertThat(copySessions.get(i).path("id").asText()).isNotEqualTo(sourceSessions.get(i).path("id").asText());
            assertThat(copySessions.get(i).path("type")).isEqualTo(sourceSessions.get(i).path("type"));
            assertThat(copySessions.get(i).path("name")).isEqualTo(sourceSessions.get(i).path("name"));
        }
    }

    @Test
    void only_a_new_start_shifts_the_source_dates_sessions_and_doors_as_a_block() {
        String jobId = duplicate(Map.of("name", "Later", "timezone", "UTC", "startDate", "2030-06-10T09:00:00Z",
                "description", "new words"));
        advance("3s");
        long copyId = Long.parseLong(poll(jobId).json().path("eventId").asText());

        JsonNode copy = event(copyId);
        assertThat(copy.path("startDate").asText()).isEqualTo("2030-06-10T09:00:00.000Z");
        assertThat(copy.path("endDate").asText()).as("two hours, as the source").isEqualTo("2030-06-10T11:00:00.000Z");
        assertThat(copy.path("doorsOpenDate").asText()).isEqualTo("2030-06-10T08:30:00.000Z");
        assertThat(copy.path("description").asText()).isEqualTo("new words");
        assertThat(sessions(copyId)).allSatisfy(s -> {
            assertThat(s.path("startDate").asText()).isEqualTo("2030-06-10T09:00:00.000Z");
            assertThat(s.path("endDate").asText()).isEqualTo("2030-06-10T11:00:00.000Z");
        });
    }

    @Test
    void both_new_dates_are_taken_as_given() {
        String jobId = duplicate(Map.of("name", "Longer", "timezone", "UTC", "startDate", "2030-07-01T09:00:00Z",
                "endDate", "2030-07-02T09:00:00Z"));
        advance("3s");

        JsonNode copy = event(Long.parseLong(poll(jobId).json().path("eventId").asText()));

        assertThat(copy.path("startDate").asText()).isEqualTo("2030-07-01T09:00:00.000Z");
        assertThat(copy.path("endDate").asText()).isEqualTo("2030-07-02T09:00:00.000Z");
    }

    @Test
    void the_copy_gets_its_own_platform_categories() {
        String jobId = duplicate();
        advance("3s");
        long copyId = Long.parseLong(poll(jobId).json().path("eventId").asText());

        CoreApi core = new CoreApi(api, simulator.adminKs());
        ApiResponse categories = core.listCategories("filter[fullNameStartsWith]", copyId + "EP");

        assertThat(categories.json().path("totalCount").asInt()).isEqualTo(3);
        List<String> names = new ArrayList<>();
        categories.json().path("objects").forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).contains("ep_agenda_" + copyId, "ep_private_" + copyId);
    }

    @Test
    void the_copy_brings_the_event_users_of_the_roles_asked_for_and_no_others() {
        api.post("event-users/invite", Users.aUser(sourceId).withEmail("sam@example.com").asSpeaker().body());
        api.post("event-users/invite", Users.aUser(sourceId).withEmail("mo@example.com").asModerator().body());
        api.post("event-users/invite", Users.aUser(sourceId).withEmail("ann@example.com").body());
        ApiResponse started = api.post("events/duplicate", Map.of("sourceEventId", sourceId,
                "event", Map.of("name", "Copy", "timezone", "UTC"),
                "duplicateUsers", Map.of("roles", List.of("Speaker"), "skipEmail", true)));
        String jobId = started.json().path("jobId").asText();
        String withoutUsers = duplicate();
        advance("3s");
        long copyId = Long.parseLong(poll(jobId).json().path("eventId").asText());
        long bareId = Long.parseLong(poll(withoutUsers).json().path("eventId").asText());

        List<String> emails = new ArrayList<>();
        api.post("event-users/list", Map.of("eventId", copyId)).json().path("users")
                .forEach(u -> emails.add(u.path("email").asText()));
        assertThat(emails).containsExactly("sam@example.com");
        assertThat(api.post("event-users/list", Map.of("eventId", bareId)).json().path("totalCount").asInt())
                .as("no duplicateUsers, no users").isZero();
        assertThat(api.post("event-users/list", Map.of("eventId", sourceId)).json().path("totalCount").asInt())
                .isEqualTo(3);
    }

    @Test
    void the_source_is_untouched() {
        JsonNode before = event(sourceId);
        List<JsonNode> sessionsBefore = sessions(sourceId);

        String jobId = duplicate(Map.of("name", "Copy", "timezone", "UTC", "startDate", "2031-01-01T00:00:00Z"));
        advance("3s");
        poll(jobId);

        assertThat(event(sourceId)).isEqualTo(before);
        assertThat(sessions(sourceId)).isEqualTo(sessionsBefore);
    }

    @Test
    void immediate_progression_completes_at_the_first_poll() {
        api.control().jobProgression(Progression.immediate());

        assertThat(jobState(duplicate())).isEqualTo("completed");
    }

    @Test
    void polls_progression_answers_wait_n_times_then_completes() {
        api.control().jobProgression(Progression.afterPolls(3));
        String jobId = duplicate();

        List<String> states = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            states.add(jobState(jobId));
        }

        assertThat(states).containsExactly("wait", "wait", "wait", "completed");
    }

    @Test
    void a_job_can_be_given_its_own_progression_and_the_default_applies_to_new_jobs_only() {
        String slow = duplicate();
        JobView changed = api.control().jobProgression(slow, Progression.afterDuration(Duration.ofHours(1)));
        assertThat(changed.progression().after()).isEqualTo("PT1H");
        api.control().jobProgression(Progression.immediate());
        String fast = duplicate();

        advance("59m");
        assertThat(jobState(slow)).isEqualTo("wait");
        assertThat(jobState(fast)).isEqualTo("completed");
        advance("1m");
        assertThat(jobState(slow)).isEqualTo("completed");
    }

    @Test
    void a_forced_outcome_holds_until_resumed() {
        for (String[] forced : new String[][] {{"pause", "paused"}, {"repeat", "repeat"}, {"unknown", "unknown"}}) {
            String jobId = duplicate();
            api.control().forceJob(jobId, Outcome.valueOf(forced[0]));
            advance("1h");
            assertThat(jobState(jobId)).as(forced[0]).isEqualTo(forced[1]);
            assertThat(poll(jobId).json().has("eventId")).isFalse();

            api.control().forceJob(jobId, Outcome.resume);
            assertThat(jobState(jobId)).as("resumed after " + forced[0]).isEqualTo("completed");
        }
    }

    @Test
    void a_stuck_job_waits_forever_and_creates_nothing() {
        String jobId = duplicate();
        api.control().forceJob(jobId, Outcome.stuck);

        advance("30d");
        for (int i = 0; i < 20; i++) {
            assertThat(jobState(jobId)).isEqualTo("wait");
        }
        assertThat(eventCount()).isEqualTo(1);
    }

    @Test
    void a_failed_job_is_final_and_creates_nothing() {
        String jobId = duplicate();

        JobView forced = api.control().forceJob(jobId, Outcome.fail);

        assertThat(forced.jobState()).isEqualTo("failed");
        assertThat(jobState(jobId)).isEqualTo("failed");
        assertThat(Refused.by(() -> api.control().forceJob(jobId, Outcome.resume)).httpStatus())
                .as("a final job cannot be resumed").isEqualTo(409);
        assertThat(eventCount()).isEqualTo(1);
    }

    @Test
    void complete_forces_the_copy_at_once() {
        String jobId = duplicate();

        JobView forced = api.control().forceJob(jobId, Outcome.complete);

        assertThat(forced.jobState()).isEqualTo("completed");
        assertThat(eventCount()).isEqualTo(2);
        assertThat(poll(jobId).json().path("eventId").asText()).isEqualTo(String.valueOf(forced.eventId()));
    }

    @Test
    void a_job_whose_source_was_deleted_before_it_completes_fails() {
        String jobId = duplicate();
        api.post("events/delete", Map.of("id", sourceId));
        advance("3s");

        ApiResponse status = poll(jobId);

        assertThat(status.json().path("jobState").asText()).isEqualTo("failed");
        assertThat(eventCount()).isZero();
        assertThat(api.control().job(jobId).failure())
                .contains(Long.toString(sourceId));
    }

    @Test
    void the_control_plane_lists_jobs_with_their_polls_and_progression() {
        String jobId = duplicate();
        poll(jobId);
        poll(jobId);

        List<JobView> jobs = api.control().jobs();

        JobView job = jobs.get(0);
        assertThat(job.jobId()).isEqualTo(jobId);
        assertThat(job.sourceEventId()).isEqualTo(sourceId);
        assertThat(job.polls()).isEqualTo(2);
        assertThat(job.progression().mode()).isEqualTo("duration");
        assertThat(job.jobState()).isEqualTo("wait");
    }

    @Test
    void bad_control_requests_are_400_or_404() {
        // The routes' own validation: raw HTTP.
        String jobId = duplicate();
        assertThat(api.rawControl("POST", "/__sim/jobs/" + jobId + "/force", Map.of("outcome", "explode")).statusCode())
                .isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/jobs/progression", Map.of("mode", "sometimes")).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/jobs/progression", Map.of("mode", "polls")).statusCode()).isEqualTo(400);
        assertThat(api.rawControl("POST", "/__sim/jobs/999999/force", Map.of("outcome", "fail")).statusCode()).isEqualTo(404);
        assertThat(api.rawControl("GET", "/__sim/jobs/progression", null).json().path("mode").asText())
                .as("the default is unchanged by the bad calls").isEqualTo("duration");
    }

    @Test
    void an_unknown_job_is_a_404() {
        ApiResponse status = poll("123456789");

        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(status.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(status.message()).contains("123456789");
    }

    @Test
    void another_partner_can_neither_poll_the_job_nor_duplicate_the_event() {
        simulator.partners().register(new Partner(2002, "other-secret"));
        var other = api.withKs(simulator.adminKs(2002, "u", Duration.ofDays(3650)));
        String jobId = duplicate();

        assertThat(other.post("events/duplicateStatus", Map.of("jobId", jobId)).statusCode()).isEqualTo(404);
        assertThat(other.post("events/duplicate", Map.of("sourceEventId", sourceId,
                "event", Map.of("name", "Stolen", "timezone", "UTC"))).statusCode()).isEqualTo(404);
        assertThat(api.control().job(jobId).polls())
                .as("the other partner's poll did not count").isZero();
    }

    @Test
    void bad_duplicate_requests_are_400s_naming_the_field_and_start_no_job() {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("event", Map.of("sourceEventId", sourceId));
        bodies.put("event.name", Map.of("sourceEventId", sourceId, "event", Map.of("timezone", "UTC")));
        bodies.put("event.timezone", Map.of("sourceEventId", sourceId, "event", Map.of("name", "x", "timezone", "Moon/Base")));
        bodies.put("sourceEventId", Map.of("sourceEventId", "abc", "event", Map.of("name", "x", "timezone", "UTC")));
        bodies.put("event.startDate", Map.of("sourceEventId", sourceId,
                "event", Map.of("name", "x", "timezone", "UTC", "startDate", "next week")));
        bodies.put("event.endDate", Map.of("sourceEventId", sourceId, "event", Map.of("name", "x", "timezone", "UTC",
                "startDate", "2030-02-01T00:00:00Z", "endDate", "2030-01-01T00:00:00Z")));
        bodies.put("duplicateUsers.roles[1]", Map.of("sourceEventId", sourceId, "event", Map.of("name", "x", "timezone", "UTC"),
                "duplicateUsers", Map.of("roles", List.of("Speaker", "Attendees"), "skipEmail", true)));
        bodies.put("duplicateUsers.skipEmail", Map.of("sourceEventId", sourceId,
                "event", Map.of("name", "x", "timezone", "UTC"), "duplicateUsers", Map.of("roles", List.of("Speaker"))));
        bodies.forEach((field, body) -> {
            ApiResponse refused = api.post("events/duplicate", body);
            assertThat(refused.statusCode()).as(field).isEqualTo(400);
            assertThat(refused.status()).isEqualTo("InvalidArgument");
            assertThat(refused.message()).as(field).contains(field);
        });
        assertThat(api.control().jobs()).isEmpty();
    }

    @Test
    void an_unknown_source_event_is_a_404() {
        ApiResponse refused = api.post("events/duplicate", Map.of("sourceEventId", 999999,
                "event", Map.of("name", "x", "timezone", "UTC")));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo("ResourceDoesNotExist");
    }

    private List<JsonNode> sessions(long eventId) {
        List<JsonNode> sessions = new ArrayList<>();
        api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions").forEach(sessions::add);
        return sessions;
    }
}
