package dev.eventsim.client;

import static dev.eventsim.client.support.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.events.EventPage;
import dev.eventsim.client.support.ScriptedClientTest;
import dev.eventsim.client.support.ScriptedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry loop against scripted answers: what is retried, how long it waits, when it stops. */
class RetryBehaviourTest extends ScriptedClientTest {
    private static final String EMPTY_PAGE = "{\"events\": [], \"totalCount\": 0, \"status\": \"ok\"}";

    private static List<Duration> seconds(long... values) {
        return Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void transient_server_errors_are_retried_after_1_then_2_seconds() {
        server.then(error(503, "OperationNotAllowed", "busy")).then(error(502, "OperationNotAllowed", "gateway"))
                .then(json(200, EMPTY_PAGE));

        EventPage page = client.events().list();

        assertThat(page.totalCount()).isZero();
        assertThat(calls.statusCodes("events/list")).containsExactly(503, 502, 200);
        assertThat(sleeper.sleeps()).isEqualTo(seconds(1, 2));
        assertThat(calls.requests()).extracting(ExchangeListener.OutgoingRequest::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void after_three_retries_the_last_server_error_is_thrown() {
        for (int i = 0; i < 4; i++) {
            server.then(error(500, "OperationNotAllowed", "down " + i));
        }

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.events().list());

        assertThat(e.serverMessage()).isEqualTo("down 3");
        assertThat(e.traceId()).isEqualTo("trace-500");
        assertThat(calls.count("events/list")).isEqualTo(4);
        assertThat(sleeper.sleeps()).isEqualTo(seconds(1, 2, 4));
    }

    @Test
    void a_429_waits_for_the_retry_after_the_service_gives() {
        server.then(error(429, "RateLimitReached", "slow down").withHeader("Retry-After", "7"))
                .then(json(200, EMPTY_PAGE));

        client.events().list();

        assertThat(sleeper.sleeps()).as("Retry-After, not the 1 s backoff").isEqualTo(seconds(7));
    }

    @Test
    void a_retry_after_given_as_an_http_date_counts_from_the_clock() {
        String in45Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(45).atOffset(ZoneOffset.UTC));
        server.then(error(503, "OperationNotAllowed", "maintenance").withHeader("Retry-After", in45Seconds))
                .then(json(200, EMPTY_PAGE));

        client.events().list();

        assertThat(sleeper.sleeps()).isEqualTo(seconds(45));
    }

    @Test
    void a_retry_after_beyond_the_allowed_wait_ends_the_retries_at_once() {
        server.then(error(429, "RateLimitReached", "come back tomorrow").withHeader("Retry-After", "86400"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> client.events().list());

        assertThat(e.retryAfter()).contains(Duration.ofDays(1));
        assertThat(e.status()).isEqualTo("RateLimitReached");
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void jitter_adds_up_to_its_fraction_of_each_backoff() {
        EventsClient jittery = clientBuilder().retryPolicy(RetryPolicy.builder().jitter(0.25)
                .jitterSource(() -> 0.5).build()).build();
        server.then(error(503, "OperationNotAllowed", "busy")).then(error(503, "OperationNotAllowed", "busy"))
                .then(json(200, EMPTY_PAGE));

        jittery.events().list();

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1125), Duration.ofMillis(2250));
    }

    @Test
    void no_retries_when_the_policy_says_none() {
        EventsClient once = clientBuilder().retryPolicy(RetryPolicy.none()).build();
        server.then(error(503, "OperationNotAllowed", "busy"));

        catchThrowableOfType(ServerErrorException.class, () -> once.events().list());

        assertThat(calls.count("events/list")).isEqualTo(1);
    }

    @Test
    void an_answer_that_does_not_come_in_time_is_a_timeout_the_service_may_have_acted_on() {
        // The one test where real time passes: the client's own 100 ms request timeout, not a sleep.
        EventsClient impatient = clientBuilder().requestTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.none()).build();
        server.then(ScriptedServer.Answer.silence());

        TransportException e = catchThrowableOfType(TransportException.class, () -> impatient.events().list());

        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
        assertThat(e.requestMayHaveArrived()).isTrue();
        assertThat(calls.failures()).singleElement().satisfies(f -> assertThat(f.operation()).isEqualTo("events/list"));
    }

    @Test
    void a_refused_connection_is_retried_then_reported_as_a_transport_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EventsClient nowhere = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/api/v1").build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> nowhere.events().list());

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
        assertThat(e.requestMayHaveArrived()).isFalse();
        assertThat(e.httpStatus()).isZero();
        assertThat(e.traceId()).isNull();
        assertThat(calls.failures()).hasSize(4);
        assertThat(sleeper.sleeps()).isEqualTo(seconds(1, 2, 4));
    }
}
