package dev.eventsim.client.internal;

import dev.eventsim.client.errors.EventsApiException;
import java.util.Optional;

/**
 * For an operation that is not idempotent: after a failure that may have happened once the
 * service had acted, finds what the lost attempt made, so the caller gets it instead of a second
 * one.
 */
@FunctionalInterface
public interface Recovery<T> {

    /** The result the failed attempt produced after all, if it did. */
    Optional<T> lookFor(EventsApiException failure);

    /** For idempotent operations: nothing to look for, a retry is always safe. */
    static <T> Recovery<T> none() {
        return failure -> Optional.empty();
    }
}
