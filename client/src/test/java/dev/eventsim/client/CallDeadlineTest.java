package dev.eventsim.client;

import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.AmbiguousResultException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.support.ScriptedClientTest;
import dev.eventsim.client.support.ScriptedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A call's deadline ({@code callTimeout}) and an interrupt while the client waits to retry. */
class CallDeadlineTest extends ScriptedClientTest {

    private static ScriptedServer.Answer busy(int i) {
        return ScriptedServer.Answer.json(503, "{\"status\": \"OperationNotAllowed\", \"message\": \"busy " + i
                + "\"}");
    }

    @Test
    void no_retry_starts_whose_wait_would_end_past_the_deadline() {
        EventsClient client = clientBuilder().callTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 4; i++) {
            server.then(busy(i));
        }

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.events().list());

        assertThat(e.serverMessage()).as("the third answer: a 4 s wait after 3 s would pass 5 s").isEqualTo("busy 2");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void an_attempt_is_given_no_more_than_the_time_left() {
        // Real time passes here: the deadline, not the 30 s request timeout, ends the wait for an answer.
        EventsClient client = clientBuilder().callTimeout(Duration.ofMillis(300)).build();
        server.then(ScriptedServer.Answer.silence());

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.events().list());

        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
        assertThat(calls.count("events/list")).isEqualTo(1);
    }

    @Test
    void a_create_whose_deadline_leaves_no_time_to_look_is_not_sent_again_and_says_so() {
        EventsClient client = clientBuilder().callTimeout(Duration.ofSeconds(1)).build();
        server.then(ScriptedServer.Answer.json(500, "{\"status\": \"OperationNotAllowed\", \"message\": \"boom\"}"));

        AmbiguousResultException e = catchThrowableOfType(AmbiguousResultException.class,
                () -> client.events().create(anEvent("Town hall").build()));

        assertThat(e.failure()).isInstanceOf(ServerErrorException.class);
        assertThat(e.traceId()).isEqualTo("trace-500");
        assertThat(calls.operations()).containsExactly("events/create");
    }

    @Test
    void an_interrupt_during_the_backoff_ends_the_call_as_interrupted_and_keeps_the_flag() {
        EventsClient client = clientBuilder().sleeper(wait -> {
            throw new InterruptedException("shutting down");
        }).build();
        server.then(busy(0));

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.events().list());
        boolean stillInterrupted = Thread.interrupted();

        assertThat(e.kind()).isEqualTo(TransportException.Kind.INTERRUPTED);
        assertThat(e.getSuppressed()).as("the failure it was waiting to retry")
                .singleElement().isInstanceOf(ServerErrorException.class);
        assertThat(stillInterrupted).as("the thread's interrupt flag is set again").isTrue();
        assertThat(calls.count("events/list")).isEqualTo(1);
    }
}
