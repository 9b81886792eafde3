package dev.eventsim.simulator.faults;

import dev.eventsim.simulator.api.RequestStatus;

/** What a fault rule does to a call it matches. */
public sealed interface FaultAction {

    /** The longest latency a rule may add, so a forgotten rule cannot hang a client for long. */
    long MAX_LATENCY_MS = 60_000;

    /** Answers at once with this error envelope; the operation does not run. */
    record Respond(int httpStatus, RequestStatus status, String message, Long retryAfterSeconds)
            implements FaultAction {

        /** The {@code status} the simulator's own errors pair with each code. */
        public static RequestStatus statusFor(int httpStatus) {
            return switch (httpStatus) {
                case 400, 413 -> RequestStatus.InvalidArgument;
                case 401 -> RequestStatus.NEW_LOGIN_REQUIRED;
                case 403 -> RequestStatus.Forbidden;
                case 404 -> RequestStatus.ResourceDoesNotExist;
                case 429 -> RequestStatus.RateLimitReached;
                default -> RequestStatus.OperationNotAllowed;
            };
        }
    }

    /** Waits a delay drawn uniformly from {@code minMs..maxMs} (equal for a fixed one), then runs the call. */
    record Latency(long minMs, long maxMs) implements FaultAction {
    }

    /** Closes the connection without any HTTP answer; the operation does not run. */
    record Drop() implements FaultAction {
    }

    /** Runs the operation for real, then answers 500 instead of its result. */
    record CommitThenFail(String message) implements FaultAction {
    }

    /** Answers {@code httpStatus} (400..599) with the status the simulator pairs with it. */
    static Respond respond(int httpStatus, String message) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be an error code, 400 to 599, got " + httpStatus);
        }
        return new Respond(httpStatus, Respond.statusFor(httpStatus), message, null);
    }

    /** Delays the call by {@code ms} milliseconds (at most {@link #MAX_LATENCY_MS}), then runs it. */
    static Latency latency(long ms) {
        if (ms < 0 || ms > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latency must be between 0 and " + MAX_LATENCY_MS + " ms, got " + ms);
        }
        return new Latency(ms, ms);
    }

    static Drop drop() {
        return new Drop();
    }

    static CommitThenFail commitThenFail() {
        return new CommitThenFail(null);
    }
}
