package dev.eventsim.load;

/**
 * A run that must not start: a target that is not allowed (a real region without the opt-in, a
 * rate above its caps), or one that does not answer or refuses the KS. The simulation prints the
 * message as one line and exits non-zero ({@link LoadSimulation}); there is no stack trace to read.
 */
final class RunRefused extends RuntimeException {

    RunRefused(String message) {
        super(message, null, false, false);
    }
}
