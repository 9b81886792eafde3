package dev.eventsim.simulator.auth;

/** A token that is not a KS, or whose signature does not match its partner's secret. */
public final class KsFormatException extends Exception {
    public KsFormatException(String message) {
        super(message, null, false, false);
    }
}
