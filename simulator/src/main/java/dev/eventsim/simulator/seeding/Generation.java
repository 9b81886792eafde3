package dev.eventsim.simulator.seeding;

import java.time.Duration;
import java.time.Instant;

/**
 * How to generate a partner's events from a seed number: how many events, and per event how
 * many sessions (besides those its template brings), users, and speakers on each of those
 * sessions; start dates fall in {@code [startDateFrom, startDateTo)}.
 */
public record Generation(int events, long seed, int sessionsPerEvent, int usersPerEvent, int speakersPerSession,
                         Instant startDateFrom, Instant startDateTo) {

    public static final int MAX_EVENTS = 2_000_000;
    public static final int MAX_SESSIONS_PER_EVENT = 50;
    public static final int MAX_USERS_PER_EVENT = 500;
    /** Events × (1 + sessionsPerEvent + usersPerEvent): a bound on one call's records, so a typo cannot exhaust the heap. */
    public static final long MAX_RECORDS = 20_000_000;

    public static final int DEFAULT_SESSIONS_PER_EVENT = 2;
    public static final int DEFAULT_USERS_PER_EVENT = 3;
    public static final int DEFAULT_SPEAKERS_PER_SESSION = 1;
    /** A year of start dates that stays in the future for a while and never depends on when the seed runs. */
    public static final Instant DEFAULT_START_DATE_FROM = Instant.parse("2030-01-01T00:00:00Z");
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(365);
}
