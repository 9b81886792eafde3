package dev.eventsim.simulator.journal;

import java.time.Instant;

/**
 * One answered API call, as the HTTP layer hands it to the journal. {@code partnerId} and
 * {@code userId} are those of a valid KS (null when the call had none); {@code status} is the
 * response's request status ({@code ok}, {@code InvalidArgument}, a core API error code);
 * {@code latencyNanos} is measured wall time, not simulated time; {@code unknownFields} names the
 * fields the call sent that its operation does not take ({@code --unknown-fields=warn}), or is null.
 */
public record ApiCall(
        Instant at, String method, String path, String operation, Long partnerId, String userId,
        int httpStatus, String status, long latencyNanos, String traceId, String fault, String unknownFields,
        Body request, Body response) {
}
