package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.JobState;
import dev.eventsim.simulator.api.RequestStatus;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The injected client tells and spends time on the simulator's clock: its waits take no real time. */
@EventsSimulatorTest
class SimulatedTimeTest {
    private static final Instant NOW = Instant.parse("2030-01-01T09:00:00Z");

    @BeforeEach
    void frozen(ControlPlane control) {
        control.freezeClockAt(NOW);
    }

    @Test
    void a_retry_after_of_thirty_seconds_is_waited_on_the_simulator_clock(EventsClient client, ControlPlane control) {
        control.addFault(NewFaultRule.of(new FaultAction.Respond(429, RequestStatus.RateLimitReached, "slow down", 30L))
                .withOperations("events/list").withTimes(1));

        assertThat(client.events().list().totalCount()).isZero();
        assertThat(control.now()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void duplicate_and_wait_polls_on_the_simulator_clock_until_the_job_is_due(EventsClient client,
                                                                             ControlPlane control) {
        control.jobProgression(Progression.afterDuration(Duration.ofMinutes(1)));
        Event source = Fixtures.anEvent(client, "Source");

        Event copy = client.events().duplicateAndWait(DuplicateEventRequest.builder(source.id())
                .name("Copy").timezone("UTC").build());

        assertThat(copy.name()).isEqualTo("Copy");
        assertThat(control.now()).as("polled at 5 s, 10 s, 30 s, then every 30 s: done at the 75 s poll")
                .isEqualTo(NOW.plusSeconds(75));
    }

    @Test
    void a_job_forced_to_fail_is_seen_failed_by_the_client(EventsClient client, ControlPlane control) {
        Event source = Fixtures.anEvent(client, "Source");
        String jobId = client.events().duplicate(DuplicateEventRequest.builder(source.id())
                .name("Copy").timezone("UTC").build());

        control.forceJob(jobId, Outcome.fail);

        assertThat(client.events().duplicateStatus(jobId).jobState()).isEqualTo(JobState.FAILED);
    }

    @Test
    void the_client_renews_its_ks_when_the_clock_jumps_past_its_expiry(EventsClient client, ControlPlane control) {
        assertThat(client.events().list().totalCount()).isZero();

        control.advanceClock(Duration.ofDays(3 * 365));

        assertThat(client.events().list().totalCount()).as("a KS minted anew on the simulator's clock").isZero();
    }
}
