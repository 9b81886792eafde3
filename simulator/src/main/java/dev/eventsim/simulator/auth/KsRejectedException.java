package dev.eventsim.simulator.auth;

/**
 * A KS that does not open a session: not a KS, a bad signature, an unknown partner, or expired.
 * Each API reports it its own way (the Events API a 401, the core API {@code INVALID_KS}).
 */
public final class KsRejectedException extends Exception {
    private final boolean expired;

    KsRejectedException(String message, boolean expired) {
        super(message, null, false, false);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
