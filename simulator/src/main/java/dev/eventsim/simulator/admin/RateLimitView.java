package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.faults.RateLimit;

/** A rate limit as the control plane shows it; {@code partnerId} null covers every partner without its own. */
public record RateLimitView(Long partnerId, int limit, String window, long windowMillis) {
    static RateLimitView of(RateLimit l) {
        return new RateLimitView(l.partnerId(), l.limit(), l.window().toString(), l.window().toMillis());
    }
}
