package dev.eventsim.simulator.faults;

import dev.eventsim.simulator.api.RequestStatus;

/** What a fault rule does to a call it matches. */
public sealed interface FaultAction {

    /** The longest latency a rule may add, so a forgotten rule cannot hang a client for long. */
    long MAX_LATENCY_MS = 60_000;

    /** Answers at once with this error envelope; the operation does not run. */
    record Respond(int httpStatus, RequestStatus status, String message, Long retryAfterSeconds)
            implements FaultAction {
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
}
