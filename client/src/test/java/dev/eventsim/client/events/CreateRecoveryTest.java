package dev.eventsim.client.events;

import static dev.eventsim.client.support.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.AmbiguousResultException;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.support.ScriptedClientTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recovery of {@code events/create} step by step, against scripted answers: after a 500 the
 * client looks for the event before it tries again, and takes only an event that this call can
 * have made. (CreateUnderFaultsTest shows the same against the simulator's fault injection.)
 */
class CreateRecoveryTest extends ScriptedClientTest {
    private static final String NAME = "Town hall";

    private Event create() {
        return client.events().create(anEvent(NAME).build());
    }

    private List<String> operations() {
        return calls.operations();
    }

    @Test
    void an_event_found_after_a_500_is_returned_without_creating_again() {
        server.then(error(500, "OperationNotAllowed", "boom"))
                .then(eventListAnswer(1, eventJson(10001, NAME, NOW.plusMillis(5))));

        Event event = create();

        assertThat(event.id()).isEqualTo(10001);
        assertThat(operations()).containsExactly("events/create", "events/list");
        assertThat(calls.requests().get(1).body()).as("searched by name, newest first, a full page")
                .contains("\"searchTerm\":\"Town hall\"", "\"orderBy\":\"-createdAt\"", "\"limit\":15");
        assertThat(sleeper.sleeps()).as("the search waits the backoff: the service had time to show it")
                .containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void when_nothing_was_created_the_create_is_retried() {
        server.then(error(500, "OperationNotAllowed", "boom")).then(eventListAnswer(0))
                .then(eventAnswer(10001, NAME, NOW.plusSeconds(1)));

        Event event = create();

        assertThat(event.id()).isEqualTo(10001);
        assertThat(operations()).containsExactly("events/create", "events/list", "events/create");
    }

    @Test
    void an_event_of_that_name_made_before_the_call_is_someone_elses() {
        server.then(error(500, "OperationNotAllowed", "boom"))
                .then(eventListAnswer(1, eventJson(9000, NAME, NOW.minus(Duration.ofMinutes(2)))))
                .then(eventAnswer(10001, NAME, NOW.plusSeconds(1)));

        assertThat(create().id()).isEqualTo(10001);
        assertThat(operations()).containsExactly("events/create", "events/list", "events/create");
    }

    @Test
    void an_event_made_just_before_the_clock_reading_counts_within_the_tolerance() {
        server.then(error(500, "OperationNotAllowed", "boom"))
                .then(eventListAnswer(1, eventJson(10001, NAME, NOW.minusSeconds(10))));

        assertThat(create().id()).as("the service's clock may run behind ours").isEqualTo(10001);
    }

    @Test
    void a_newer_event_whose_name_only_contains_the_name_is_not_taken() {
        server.then(error(500, "OperationNotAllowed", "boom"))
                .then(eventListAnswer(1, eventJson(10002, NAME + " (rehearsal)", NOW.plusMillis(5))))
                .then(eventAnswer(10003, NAME, NOW.plusSeconds(1)));

        assertThat(create().id()).isEqualTo(10003);
    }

    @Test
    void if_the_search_fails_the_create_is_not_risked_again_and_says_the_outcome_is_unknown() {
        server.then(error(500, "OperationNotAllowed", "boom"))
                .then(error(400, "InvalidArgument", "searchTerm too long"));

        AmbiguousResultException e = catchThrowableOfType(AmbiguousResultException.class, this::create);

        assertThat(e.failure()).isInstanceOf(ServerErrorException.class);
        assertThat(e.failure().serverMessage()).isEqualTo("boom");
        assertThat(e.traceId()).isEqualTo("trace-500");
        assertThat(e.getSuppressed()).singleElement().isInstanceOf(InvalidArgumentException.class);
        assertThat(operations()).containsExactly("events/create", "events/list");
    }

    @Test
    void after_the_last_retry_it_waits_its_backoff_then_looks_once_more_before_giving_up() {
        for (int i = 0; i < 4; i++) {
            server.then(error(500, "OperationNotAllowed", "boom " + i)).then(eventListAnswer(0));
        }

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, this::create);

        assertThat(e.serverMessage()).isEqualTo("boom 3");
        assertThat(calls.count("events/create")).isEqualTo(4);
        assertThat(calls.count("events/list")).isEqualTo(4);
        assertThat(sleeper.sleeps()).as("the last search too waits its backoff")
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8));
    }

    @Test
    void a_400_is_neither_searched_for_nor_retried() {
        server.then(error(400, "InvalidArgument", "name: must not be empty"));

        catchThrowableOfType(InvalidArgumentException.class, this::create);

        assertThat(operations()).containsExactly("events/create");
    }

    @Test
    void a_429_is_retried_without_a_search_since_nothing_ran() {
        server.then(error(429, "RateLimitReached", "slow down").withHeader("Retry-After", "3"))
                .then(eventAnswer(10001, NAME, NOW.plusSeconds(3)));

        assertThat(create().id()).isEqualTo(10001);
        assertThat(operations()).containsExactly("events/create", "events/create");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
    }
}
