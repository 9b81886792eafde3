package dev.eventsim.simulator.duplication;

import java.time.Duration;

/**
 * How a duplication job moves from {@code wait} to {@code completed}: at the first poll
 * ({@code immediate}), once {@code polls} polls have answered {@code wait}, or once {@code after}
 * of clock time has passed since the job started.
 */
public record Progression(Mode mode, int polls, Duration after) {

    /** The default: a few seconds of clock time, as a real job takes. */
    public static final Progression DEFAULT = afterDuration(Duration.ofSeconds(3));

    /** The three ways a job can progress. */
    public enum Mode {
        immediate,
        polls,
        duration
    }

    public static Progression immediate() {
        return new Progression(Mode.immediate, 0, Duration.ZERO);
    }

    public static Progression afterPolls(int polls) {
        return new Progression(Mode.polls, polls, Duration.ZERO);
    }

    public static Progression afterDuration(Duration after) {
        return new Progression(Mode.duration, 0, after);
    }
}
