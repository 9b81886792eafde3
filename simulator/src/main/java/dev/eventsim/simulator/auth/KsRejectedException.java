package dev.eventsim.simulator.auth;

/**
 * A KS that does not open a session: not a KS, a bad signature, an unknown partner, expired,
 * ended by session.end, or out of its {@code actionslimit}. Each API reports it its own way
 * (the Events API a 401, the core API {@code INVALID_KS} with the {@link KsError}).
 */
public final class KsRejectedException extends Exception {
    private final KsError error;

    KsRejectedException(String message, KsError error) {
        super(message, null, false, false);
        this.error = error;
    }

    public KsError error() {
        return error;
    }

    public boolean expired() {
        return error == KsError.EXPIRED;
    }
}
