package dev.eventsim.simulator.persistence;

/** A state file that cannot be read or written; the message says which file and why, for a person. */
public final class StateFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
