package dev.eventsim.simulator.persistence;

/**
 * {@code --state-sync}: when an answered write is forced to disk. Under both, an answer waits
 * until its change is written to the change log, so a killed process ({@code kill -9}) loses
 * nothing it answered; they differ on a crash of the machine (see docs/snapshots-and-seeding.md).
 */
public enum StateSync {
    /** An answer waits until its change is forced to disk; writers at the same moment share one force. */
    write,
    /** The log is forced at most once a second: a crash of the machine may lose the last second. */
    second;

    /** A simulator is a test double: the last second before a power cut is not worth a force per write. */
    public static final StateSync DEFAULT = second;
}
