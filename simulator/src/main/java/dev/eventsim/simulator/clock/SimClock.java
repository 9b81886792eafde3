package dev.eventsim.simulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's one clock. It follows real time (plus an offset) until frozen; set and advance
 * move it in either mode. Every timestamp, KS expiry and job progression reads it.
 */
public final class SimClock extends Clock {
    private final Clock source;
    private volatile State state;

    private record State(boolean frozen, Instant frozenAt, Duration offset) {
    }

    public SimClock(Clock source) {
        this.source = source;
        this.state = new State(false, null, Duration.ZERO);
    }

    public static SimClock system() {
        return new SimClock(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        State s = state;
        return s.frozen ? s.frozenAt : source.instant().plus(s.offset);
    }

    public boolean frozen() {
        return state.frozen;
    }

    public synchronized void freeze() {
        state = new State(true, instant(), Duration.ZERO);
    }

    /** Follows real time again, from the current reading of the clock. */
    public synchronized void resume() {
        state = new State(false, null, Duration.between(source.instant(), instant()));
    }

    /** Back to following real time with no offset, as a new simulator starts. */
    public synchronized void reset() {
        state = new State(false, null, Duration.ZERO);
    }

    public synchronized void set(Instant instant) {
        State s = state;
        state = s.frozen ? new State(true, instant, Duration.ZERO)
                : new State(false, null, Duration.between(source.instant(), instant));
    }

    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    /**
     * How the clock is set, for a snapshot: frozen at {@code reading}, or running at {@code offset}
     * from real time ({@code reading} then says what it read when taken).
     */
    public record Setting(boolean frozen, Instant reading, Duration offset) {
    }

    public synchronized Setting setting() {
        State s = state;
        return new Setting(s.frozen, instant(), s.offset);
    }

    /**
     * Puts a setting back: a frozen clock stands at the same instant again; a running one keeps
     * its offset from real time, so it goes on from about where it would be now, never backwards.
     */
    public synchronized void restore(Setting setting) {
        state = setting.frozen() ? new State(true, setting.reading(), Duration.ZERO)
                : new State(false, null, setting.offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulator clock is always UTC");
    }
}
