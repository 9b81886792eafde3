package dev.eventsim.client.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Dates at the service's precision. The service keeps milliseconds; an {@code Instant.now()}
 * carries micro- or nanoseconds. Requests cut their dates to milliseconds when built, so what is
 * sent is what comes back, and a search for what a create made compares at that precision.
 */
public final class Instants {
    private Instants() {
    }

    /** {@code instant} to the millisecond, or null for null. */
    public static Instant toMillis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether both name the same millisecond (false when either is null). */
    public static boolean sameMillisecond(Instant a, Instant b) {
        return a != null && b != null && toMillis(a).equals(toMillis(b));
    }
}
