package dev.eventsim.client.internal;

import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.Sleeper;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.TransportException;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls an operation under the {@link RetryPolicy}: a retryable failure waits (through the
 * {@link Sleeper}) and tries again, up to the policy's limit; any other failure is thrown at once.
 *
 * <p>An operation that is not idempotent passes a {@link Recovery}: after each failure that may
 * have come after the service acted (a 5xx, a timeout, a dropped connection) it looks for what
 * the attempt made — after the backoff, so the service has had time to show it — and returns
 * that instead of trying again. If the look itself fails, the caller cannot know, so it stops
 * rather than risk doing the thing twice.
 */
public final class Caller {
    private final Transport transport;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public Caller(Transport transport, RetryPolicy policy, Sleeper sleeper) {
        this.transport = transport;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** An idempotent operation: retried whenever the policy allows. */
    public <T> T call(String operation, Object body, Class<T> type) {
        return call(operation, body, type, null);
    }

    public <T> T call(String operation, Object body, Class<T> type, Recovery<T> recovery) {
        for (int attempt = 1; ; attempt++) {
            EventsApiException failure;
            try {
                return transport.send(operation, body, type, attempt);
            } catch (EventsApiException e) {
                failure = e;
            }
            if (!policy.isRetryable(failure)) {
                throw failure;
            }
            Optional<Duration> delay = attempt <= policy.maxRetries()
                    ? policy.delayBeforeRetry(attempt, failure) : Optional.empty();
            if (delay.isPresent() && !sleep(delay.get())) {
                throw failure;
            }
            if (recovery != null && mayHaveActed(failure)) {
                Optional<T> made = lookFor(recovery, failure);
                if (made.isPresent()) {
                    return made.get();
                }
            }
            if (delay.isEmpty()) {
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

    private static <T> Optional<T> lookFor(Recovery<T> recovery, EventsApiException failure) {
        try {
            return recovery.lookFor(failure);
        } catch (RuntimeException lookFailed) {
            failure.addSuppressed(lookFailed);
            throw failure;
        }
    }

    /** False when the wait was interrupted (the thread's flag is set again). */
    private boolean sleep(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
