package dev.eventsim.client;

import java.time.Duration;

/**
 * How the client waits between retries and between duplication polls. Tests hand in one that
 * moves a simulated clock instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
