package dev.eventsim.client.events;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@code duplicateAndWait} polls: the waits before successive polls (the last repeats), and
 * the time after which it gives up. The default follows the guide: 5 s, 10 s, 30 s, then every
 * 30 s, for at most 5 minutes.
 */
public record DuplicationPolling(List<Duration> intervals, Duration timeout) {

    public DuplicationPolling {
        intervals = List.copyOf(intervals);
        Objects.requireNonNull(timeout, "timeout");
        if (intervals.isEmpty() || intervals.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("intervals must be positive, and at least one: " + intervals);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    public static DuplicationPolling defaults() {
        return new DuplicationPolling(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)),
                Duration.ofMinutes(5));
    }

    public DuplicationPolling withTimeout(Duration value) {
        return new DuplicationPolling(intervals, value);
    }

    /** The wait before poll number {@code poll}, counted from 0. */
    public Duration intervalBefore(int poll) {
        return intervals.get(Math.min(poll, intervals.size() - 1));
    }
}
