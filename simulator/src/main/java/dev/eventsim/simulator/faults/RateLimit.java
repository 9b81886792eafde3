package dev.eventsim.simulator.faults;

import java.time.Duration;

/** At most {@code limit} calls per {@code window} for a partner; a null {@code partnerId} applies to every partner. */
public record RateLimit(Long partnerId, int limit, Duration window) {
}
