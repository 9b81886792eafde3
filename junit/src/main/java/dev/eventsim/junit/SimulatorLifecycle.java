package dev.eventsim.junit;

/** How long one simulator lives, and so which tests share it. */
public enum SimulatorLifecycle {
    /** One simulator per test class (and its {@code @Nested} classes), stopped after the class. */
    PER_CLASS,
    /**
     * One simulator for the whole test run, shared by every class asking for it with the same
     * simulator options, stopped when the run ends.
     */
    PER_RUN
}
