package dev.eventsim.client.internal;

import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.Sleeper;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.errors.AmbiguousResultException;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Calls an operation under the {@link RetryPolicy} and within the call's deadline: a retryable
 * failure waits (through the {@link Sleeper}) and tries again, up to the policy's limit and only
 * while the wait ends before the deadline; any other failure is thrown at once. Each attempt's
 * request timeout is cut to the time left. An interrupt while waiting ends the call with an
 * {@code INTERRUPTED} {@link TransportException}, the thread's flag set again.
 *
 * <p>An operation that makes something is not sent again blindly after a failure that may have
 * come after the service acted (a 5xx, a timeout, a dropped connection): with a {@link Recovery}
 * it waits the backoff, so the service has had time to show what the attempt made, then looks
 * for it and returns it instead of sending again — after the last attempt too, before giving up.
 * Without one, or when the look fails or the deadline leaves no time for it, the caller cannot
 * know, and throws an {@link AmbiguousResultException} rather than risk making it twice.
 */
public final class Caller {
    /** The deadline of the call a recovery search runs inside: the search must not outlast it. */
    private static final ThreadLocal<Instant> ENCLOSING_DEADLINE = new ThreadLocal<>();

    private final Transport transport;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration callTimeout;

    private Caller(Transport transport, RetryPolicy policy, Sleeper sleeper, Clock clock, Duration callTimeout) {
        this.transport = transport;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.callTimeout = callTimeout;
    }

    /**
     * The caller of one {@code EventsClient}: attempts are {@code POST {baseUrl}/{operation}} with
     * the KS, each given at most {@code requestTimeout}, every call at most {@code callTimeout}.
     */
    public static Caller over(HttpClient http, URI baseUrl, Duration requestTimeout, KsProvider ks, String userAgent,
                              ExchangeListener listener, RetryPolicy policy, Sleeper sleeper, Clock clock,
                              Duration callTimeout) {
        Transport transport = new Transport(http, baseUrl, requestTimeout, ks, userAgent, listener, Json.mapper(),
                clock);
        return new Caller(transport, policy, sleeper, clock, callTimeout);
    }

    /** The base URL operations are sent to, ending in {@code /}. */
    public URI baseUrl() {
        return transport.baseUrl();
    }

    /** An operation that sending twice cannot harm (reads, updates, deletes): retried whenever the policy allows. */
    public <T> T call(String operation, Object body, Class<T> type) {
        return run(operation, body, type, null, false);
    }

    /** An operation that makes something: after an ambiguous failure, {@code recovery} looks before it is sent again. */
    public <T> T create(String operation, Object body, Class<T> type, Recovery<T> recovery) {
        return run(operation, body, type, recovery, true);
    }

    /** An operation that makes something nobody can look up afterwards: never sent again after an ambiguous failure. */
    public <T> T createOnce(String operation, Object body, Class<T> type) {
        return run(operation, body, type, null, true);
    }

    private <T> T run(String operation, Object body, Class<T> type, Recovery<T> recovery, boolean creates) {
        Instant deadline = clock.instant().plus(callTimeout);
        Instant enclosing = ENCLOSING_DEADLINE.get();
        if (enclosing != null && enclosing.isBefore(deadline)) {
            deadline = enclosing;
        }
        for (int attempt = 1; ; attempt++) {
            EventsApiException failure;
            try {
                return transport.send(operation, body, type, attempt, timeLeft(deadline));
            } catch (EventsApiException e) {
                failure = e;
            }
            if (!policy.isRetryable(failure)) {
                throw failure;
            }
            Optional<Duration> retryDelay = attempt <= policy.maxRetries()
                    ? policy.delayBeforeRetry(attempt, failure) : Optional.empty();
            if (!creates || !mayHaveActed(failure)) {
                if (retryDelay.isEmpty() || !endsBefore(retryDelay.get(), deadline)) {
                    throw failure;
                }
                pause(retryDelay.get(), failure);
                continue;
            }
            if (recovery == null) {
                throw new AmbiguousResultException(failure,
                        "not sent again: it may have been made, and there is no way to look for it");
            }
            // The search comes after the backoff, the last attempt's included: the service has had time to show it.
            Duration wait = retryDelay.isPresent() ? retryDelay.get() : policy.backoff(attempt);
            if (!endsBefore(wait, deadline)) {
                throw new AmbiguousResultException(failure,
                        "not sent again: the call's deadline left no time to look for what it may have made");
            }
            pause(wait, failure);
            Optional<T> made = lookFor(recovery, failure, deadline);
            if (made.isPresent()) {
                return made.get();
            }
            if (retryDelay.isEmpty()) {
                throw failure;
            }
        }
    }

    private static boolean mayHaveActed(EventsApiException failure) {
        if (failure instanceof TransportException transport) {
            return transport.requestMayHaveArrived();
        }
        return failure instanceof ServerErrorException;
    }

    private static <T> Optional<T> lookFor(Recovery<T> recovery, EventsApiException failure, Instant deadline) {
        Instant outer = ENCLOSING_DEADLINE.get();
        ENCLOSING_DEADLINE.set(deadline);
        try {
            return recovery.lookFor(failure);
        } catch (RuntimeException lookFailed) {
            AmbiguousResultException unknown = new AmbiguousResultException(failure,
                    "not sent again: it may have been made, and the search for it failed");
            unknown.addSuppressed(lookFailed);
            throw unknown;
        } finally {
            if (outer == null) {
                ENCLOSING_DEADLINE.remove();
            } else {
                ENCLOSING_DEADLINE.set(outer);
            }
        }
    }

    /** Whether a wait of {@code delay} from now ends before the deadline, leaving time for another attempt. */
    private boolean endsBefore(Duration delay, Instant deadline) {
        return clock.instant().plus(delay).isBefore(deadline);
    }

    private Duration timeLeft(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private void pause(Duration delay, EventsApiException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            TransportException interrupted = new TransportException(failure.operation(),
                    TransportException.Kind.INTERRUPTED, e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
    }
}
