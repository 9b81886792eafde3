package dev.eventsim.simulator.seeding;

/**
 * What a seed made for a partner, and how long it took (a measurement of this run, wall-clock
 * milliseconds from reading the request to the last record stored).
 */
public record SeedResult(long partnerId, Created created, long tookMillis) {

    /** Counts of what was stored; {@code sessions} includes the sessions the events' templates bring. */
    public record Created(int events, int sessions, int eventUsers, int speakers, int moderators) {
    }
}
