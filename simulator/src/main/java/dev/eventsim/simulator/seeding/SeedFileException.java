package dev.eventsim.simulator.seeding;

/** A seed file that cannot be read or applied; the message says which file and what is wrong with it. */
public final class SeedFileException extends RuntimeException {
    SeedFileException(String message) {
        super(message, null, false, false);
    }
}
