package dev.eventsim.simulator.faults;

import java.time.Instant;
import java.util.Set;

/** A fault rule as stored, with how many times it fired. A {@code times} rule is spent once it fired that often. */
public record FaultRule(String id, Set<String> operations, Long partnerId, Double probability, Integer times,
                        long seed, FaultAction action, Instant createdAt, int fired, Long lastLatencyMs) {

    public boolean spent() {
        return times != null && fired >= times;
    }

    /** Calls left before a {@code times} rule is spent; null for the others. */
    /** A core API action ({@code session.start}) or {@code multirequest}, as against an /api/v1 operation. */
    public static boolean isCoreApi(String operation) {
        return operation.indexOf('.') >= 0 || operation.equals("multirequest");
    }

    public Integer remaining() {
        return times == null ? null : Math.max(0, times - fired);
    }

    /** A rule naming no operation covers every /api/v1 operation; a core API action ({@code session.start}) only by name. */
    boolean appliesTo(String operation, long callerPartnerId) {
        return !spent() && (operations.isEmpty() && !isCoreApi(operation) || operations.contains(operation))
                && (partnerId == null || partnerId == callerPartnerId);
    }

    FaultRule firedOnce(Long latencyMs) {
        return new FaultRule(id, operations, partnerId, probability, times, seed, action, createdAt, fired + 1,
                latencyMs == null ? lastLatencyMs : latencyMs);
    }
}
