package dev.eventsim.simulator.journal;

import java.time.Instant;
import java.util.Set;

/**
 * What to read from the journal: each filter is optional (null: any); entries come newest first,
 * at most {@code limit}, with or without their bodies. {@code since} is inclusive, {@code until}
 * exclusive, both read against the simulated time the calls were recorded at.
 */
public record JournalQuery(Set<String> operations, Long partnerId, StatusMatch status, Instant since,
                           Instant until, String traceId, int limit, boolean bodies) {
    public static final int DEFAULT_LIMIT = 100;

    public JournalQuery {
        operations = operations == null ? null : Set.copyOf(operations);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
    }

    /** The newest {@link #DEFAULT_LIMIT} entries, bodies included. */
    public static JournalQuery newest() {
        return new JournalQuery(null, null, null, null, null, null, DEFAULT_LIMIT, true);
    }

    boolean matches(ApiCall call) {
        return (operations == null || operations.contains(call.operation()))
                && (partnerId == null || partnerId.equals(call.partnerId()))
                && (status == null || status.matches(call))
                && (since == null || !call.at().isBefore(since))
                && (until == null || call.at().isBefore(until))
                && (traceId == null || traceId.equals(call.traceId()));
    }
}
