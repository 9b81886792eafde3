package dev.eventsim.contract.targets;

/**
 * The target was asked for but cannot be used: it does not answer, or refuses the KS. Every test
 * class against it fails at once with this message; there is no stack trace to read, since the
 * message says all there is (the URL and the cause).
 */
public final class TargetUnusable extends RuntimeException {

    public TargetUnusable(String message) {
        super(message, null, false, false);
    }
}
