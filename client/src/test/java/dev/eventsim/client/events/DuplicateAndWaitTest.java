package dev.eventsim.client.events;

import static dev.eventsim.client.support.Fixtures.aSpeaker;
import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.client.EventsClient;
import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Duplication jobs, their progress driven by the simulator's clock through the client's sleeper. */
class DuplicateAndWaitTest extends ClientTest {
    private Event source;

    @BeforeEach
    void aSourceEventWithLabelsAndSessions() {
        Event created = client.events().create(anEvent("Town hall").templateId("tm4000").build());
        source = client.events().update(EventChanges.of(created.id()).withLabels(List.of("all-hands")));
    }

    private DuplicateEventRequest copyNamed(String name) {
        return DuplicateEventRequest.builder(source.id()).name(name).timezone("Europe/Paris").build();
    }

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    /** A client whose listener forces each job it starts into {@code outcome} at once. */
    private EventsClient forcingJobs(Outcome outcome) {
        ObjectMapper json = new ObjectMapper();
        ExchangeListener forcer = new ExchangeListener() {
            @Override
            public void onResponse(ReceivedResponse response) {
                if (response.operation().equals("events/duplicate") && response.statusCode() == 200) {
                    try {
                        control.forceJob(json.readTree(response.body()).path("jobId").asText(), outcome);
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        return clientBuilder().listener(ExchangeListener.all(List.of(calls, forcer))).build();
    }

    @Test
    void duplicateAndWait_answers_the_copy_once_the_job_completes() {
        Event copy = client.events().duplicateAndWait(copyNamed("Town hall (copy)"));

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.name()).isEqualTo("Town hall (copy)");
        assertThat(copy.timezone()).isEqualTo("Europe/Paris");
        assertThat(copy.labels()).containsExactly("all-hands");
        assertThat(copy.templateId()).isEqualTo("tm4000");
        assertThat(sleeper.sleeps()).as("the default job takes 3 s; the first poll comes after 5 s")
                .isEqualTo(seconds(5));
        assertThat(calls.operations()).containsExactly("events/create", "events/update", "events/duplicate",
                "events/duplicateStatus", "events/list");
        assertThat(client.sessions().list(copy.id())).hasSize(2);
    }

    @Test
    void polls_come_at_growing_intervals_until_the_job_completes() {
        control.jobProgression(Progression.afterPolls(3));

        Event copy = client.events().duplicateAndWait(copyNamed("Copy"));

        assertThat(copy.name()).isEqualTo("Copy");
        assertThat(sleeper.sleeps()).isEqualTo(seconds(5, 10, 30, 30));
        assertThat(calls.count("events/duplicateStatus")).isEqualTo(4);
    }

    @Test
    void a_stuck_job_times_out_after_five_minutes_with_its_last_state() {
        EventsClient client = forcingJobs(Outcome.stuck);

        DuplicationException e = catchThrowableOfType(DuplicationException.class,
                () -> client.events().duplicateAndWait(copyNamed("Never")));

        assertThat(e.reason()).isEqualTo(DuplicationException.Reason.TIMED_OUT);
        assertThat(e.lastJobState()).isEqualTo(JobState.WAIT);
        assertThat(e.jobId()).isNotBlank();
        assertThat(e.getMessage()).contains(e.jobId(), "WAIT");
        List<Duration> expected = Stream.of(seconds(5, 10), Collections.nCopies(9, Duration.ofSeconds(30)),
                seconds(15)).flatMap(List::stream).toList();
        assertThat(sleeper.sleeps()).as("5 s, 10 s, then every 30 s; the last wait ends at the deadline")
                .isEqualTo(expected);
        assertThat(sleeper.total()).isEqualTo(Duration.ofMinutes(5));
        assertThat(calls.count("events/duplicateStatus")).isEqualTo(12);
        assertThat(client.events().list().totalCount()).as("no copy appeared").isEqualTo(1);
    }

    @Test
    void a_failed_job_raises_at_the_first_poll_that_sees_it() {
        EventsClient client = forcingJobs(Outcome.fail);

        DuplicationException e = catchThrowableOfType(DuplicationException.class,
                () -> client.events().duplicateAndWait(copyNamed("Doomed")));

        assertThat(e.reason()).isEqualTo(DuplicationException.Reason.FAILED);
        assertThat(e.lastJobState()).isEqualTo(JobState.FAILED);
        assertThat(sleeper.sleeps()).isEqualTo(seconds(5));
    }

    @Test
    void a_paused_job_is_polled_until_a_shorter_timeout_and_reported_paused() {
        EventsClient client = forcingJobs(Outcome.pause);
        EventsClient patient = clientBuilder().duplicationPolling(DuplicationPolling.defaults()
                .withTimeout(Duration.ofMinutes(1))).build();
        String jobId = client.events().duplicate(copyNamed("Paused"));

        DuplicationException e = catchThrowableOfType(DuplicationException.class,
                () -> patient.events().awaitDuplication(jobId));

        assertThat(e.jobId()).isEqualTo(jobId);
        assertThat(e.lastJobState()).isEqualTo(JobState.PAUSED);
        assertThat(sleeper.sleeps()).isEqualTo(seconds(5, 10, 30, 15));
    }

    @Test
    void duplicateStatus_gives_the_new_event_id_as_a_number_only_once_completed() {
        String jobId = client.events().duplicate(copyNamed("Copy"));

        DuplicationStatus waiting = client.events().duplicateStatus(jobId);
        simulator.clock().advance(Duration.ofSeconds(3));
        DuplicationStatus done = client.events().duplicateStatus(jobId);

        assertThat(waiting.jobState()).isEqualTo(JobState.WAIT);
        assertThat(waiting.eventId()).isEmpty();
        assertThat(done.jobState()).isEqualTo(JobState.COMPLETED);
        assertThat(done.jobId()).isEqualTo(jobId);
        assertThat(client.events().get(done.eventId().orElseThrow()))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Copy"));
    }

    @Test
    void a_copy_can_bring_the_speakers_along() {
        EventUser ada = client.eventUsers().invite(aSpeaker(source.id(), "ada@example.test").build());

        Event copy = client.events().duplicateAndWait(DuplicateEventRequest.builder(source.id()).name("With speakers")
                .timezone("UTC").startDate(source.startDate().plus(Duration.ofDays(7)))
                .duplicateUsers(List.of(DuplicateRole.SPEAKER), true).build());

        assertThat(copy.startDate()).isEqualTo(source.startDate().plus(Duration.ofDays(7)));
        assertThat(copy.endDate()).as("the dates move as a block").isEqualTo(source.endDate().plus(Duration.ofDays(7)));
        assertThat(client.eventUsers().streamAll(copy.id())).extracting(EventUser::id).containsExactly(ada.id());
    }
}
