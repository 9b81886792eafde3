package dev.eventsim.client;

import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventChanges;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.support.ClientTest;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The guide's failure modes, made real by the simulator's fault injection (the control plane's
 * fault rules, rate limit and event limit: {@code /__sim/faults}, {@code /__sim/rate-limit},
 * {@code /__sim/event-limit} over HTTP), against the client's retries and its
 * recovery of {@code events/create}. Time passes only on the simulator's clock.
 */
class FaultInjectionTest extends ClientTest {

    private void fault(String operation, int times, FaultAction action) {
        control.addFault(NewFaultRule.of(action).withOperations(operation).withTimes(times));
    }

    private long eventsNamed(String name) {
        return client.events().streamAll(EventFilter.all().withSearchTerm(name)).count();
    }

    @Test
    void a_create_that_commits_then_fails_returns_the_one_event_it_made() {
        fault("events/create", 1, FaultAction.commitThenFail());

        Event event = client.events().create(anEvent("Town hall").build());

        assertThat(event.name()).isEqualTo("Town hall");
        assertThat(calls.statusCodes("events/create")).as("one attempt: it answered 500").containsExactly(500);
        assertThat(calls.count("events/list")).as("then one search found it").isEqualTo(1);
        assertThat(eventsNamed("Town hall")).as("exactly one event").isEqualTo(1);
        assertThat(client.events().get(event.id())).contains(event);
    }

    @Test
    void a_create_whose_connection_drops_before_it_ran_is_sent_again_once() {
        fault("events/create", 1, FaultAction.drop());

        Event event = client.events().create(anEvent("Town hall").build());

        assertThat(calls.failures()).singleElement()
                .satisfies(f -> assertThat(f.operation()).isEqualTo("events/create"));
        assertThat(calls.operations()).containsExactly("events/create", "events/list", "events/create");
        assertThat(eventsNamed("Town hall")).isEqualTo(1);
        assertThat(event.id()).isPositive();
    }

    @Test
    void transient_503s_are_retried_until_the_call_succeeds() {
        client.events().create(anEvent("Existing").build());
        fault("events/list", 2, FaultAction.respond(503, null));

        assertThat(client.events().list().totalCount()).isEqualTo(1);
        assertThat(calls.statusCodes("events/list")).containsExactly(503, 503, 200);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void a_503_that_does_not_pass_ends_after_three_retries() {
        fault("sessions/list", 10, FaultAction.respond(503, "down for maintenance"));
        long eventId = client.events().create(anEvent("Existing").build()).id();

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> client.sessions().list(eventId));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.serverMessage()).isEqualTo("down for maintenance");
        assertThat(calls.count("sessions/list")).isEqualTo(4);
        assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void a_429_waits_for_retry_after_on_the_simulator_clock() {
        control.setRateLimit(new RateLimit(null, 1, Duration.ofSeconds(10)));
        client.events().list();

        assertThat(client.events().list().totalCount()).isZero();

        assertThat(calls.statusCodes("events/list")).containsExactly(200, 429, 200);
        assertThat(sleeper.sleeps()).as("the window frees 10 s after the first call")
                .containsExactly(Duration.ofSeconds(10));
        assertThat(calls.responses().get(1).traceId()).isNotBlank();
    }

    @Test
    void an_injected_retry_after_replaces_the_backoff() {
        fault("events/list", 1, new FaultAction.Respond(429,
                FaultAction.Respond.statusFor(429), null, 12L));

        client.events().list();

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void the_event_limit_500_is_retried_but_never_mistaken_for_a_created_event() {
        control.setEventLimit(new PartnerEventLimit(null, 0));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> client.events().create(anEvent("One too many").build()));

        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(calls.count("events/create")).isEqualTo(4);
        assertThat(calls.count("events/list")).as("each 500 was checked for a created event").isEqualTo(4);
        assertThat(client.events().list().totalCount()).isZero();
    }

    @Test
    void an_idempotent_update_that_commits_then_fails_is_simply_sent_again() {
        Event event = client.events().create(anEvent("Draft").build());
        fault("events/update", 1, FaultAction.commitThenFail());

        Event updated = client.events().update(EventChanges.of(event.id()).withName("Final"));

        assertThat(updated.name()).isEqualTo("Final");
        assertThat(calls.statusCodes("events/update")).containsExactly(500, 200);
    }

    @Test
    void a_dropped_list_is_a_lost_connection_and_is_retried() {
        fault("events/list", 4, FaultAction.drop());

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.events().list());

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION_LOST);
        assertThat(calls.failures()).hasSize(4);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
    }
}
