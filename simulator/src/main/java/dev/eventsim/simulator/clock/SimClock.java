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

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulator clock is always UTC");
    }
}
